/**
 * The <b>quality improvement plan</b> (<i>Kế hoạch cải tiến chất lượng</i>, seeds {@code 001_…}, {@code 002_…}):
 * per criterion (<i>tiêu chí</i> {@code x.y} of the school's criteria catalogue) the level to reach ({@code Đạt
 * mức 2}), the tasks and solutions, who leads and takes part, the timing, the estimated budget, conditions and
 * support, notes; several task rows per criterion.
 *
 * <p>What this kind knows: {@code reading} (the plan's grid as clerks lay it out, rows cut by page breaks,
 * leftover markup, the school years of the title and the text; staff asked for as numbers); facts per plan row
 * ({@link vn.tonghop.kind.plan.PlanFacts}) from which {@code rules} check it; {@code consolidation} (budgets
 * and staff per node, by standard and criterion; the schools planning each criterion) and {@code report} (its
 * sheets). The criteria catalogues are the shared ones ({@link vn.tonghop.reference.criteria}); budgets are read
 * by {@link vn.tonghop.value.MoneyParser}.
 */
package vn.tonghop.kind.plan;
