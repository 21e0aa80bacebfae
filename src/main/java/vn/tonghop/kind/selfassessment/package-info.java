/**
 * The <b>self-assessment summary</b> (<i>Tổng hợp kết quả tự đánh giá</i>, seed {@code 000_…} section
 * III.1): per criterion (<i>tiêu chí</i> {@code 1.1} … of a <i>tiêu chuẩn</i>, standard) of an accreditation
 * circular a mark under <i>Không đạt</i> (not met) or <i>Mức 1 / 2 / 3</i> (levels, cumulative: Mức 2
 * includes Mức 1), and the school's stated result and conclusion (<i>Kết quả</i>, <i>Kết luận: Trường đạt
 * Mức 1</i>).
 *
 * <p>Everything this kind knows: the rule that turns criterion levels into a school's level, kept as
 * versioned data in the office's folder beside the criteria catalogues the kinds share ({@link
 * vn.tonghop.kind.selfassessment.SelfAssessmentReference}, {@link vn.tonghop.reference.criteria});
 * {@code reading} (finding the grid as clerks lay it out); {@code rules} (checks with stable codes);
 * {@code consolidation} (schools by level per node and criterion). It depends only on the shared packages (reading, domain, text, reference and its criteria,
 * validation's settings).
 */
package vn.tonghop.kind.selfassessment;
