/**
 * The <b>implementation report</b> (<i>Báo cáo kết quả thực hiện kế hoạch cải tiến chất lượng</i>, seed
 * {@code 003_…}): per criterion (<i>tiêu chí</i> {@code x.y}) of the school's improvement plan of a school year,
 * the plan as made at the start of the year, the plan as adjusted, the work done, the work under way or late
 * (with the reasons), the work not started (with the reasons), and the number and date of the report it is
 * attached to (<i>Kèm theo Báo cáo số …/BC-…, ngày … tháng … năm …</i>).
 *
 * <p>Everything this kind knows: {@code reading} (the report grid as clerks lay it out: a two-row header
 * told by its words, rows split by a page break joined again); its facts ({@link
 * vn.tonghop.kind.implementation.ImplementationFacts}); {@code rules} (checks with stable codes, run on
 * the facts); {@code consolidation} (per node the share of plan rows done, under way or late, not
 * started, with the schools' reasons) and {@code report} (its sheet of {@code summary.xlsx}). It depends
 * only on the shared packages, never on the plan kind: what it needs of a school's plan it reads from the
 * stored facts of documents of kind {@code plan}.
 */
package vn.tonghop.kind.implementation;
