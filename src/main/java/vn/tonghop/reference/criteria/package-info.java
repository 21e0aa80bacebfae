/**
 * The criteria (<i>tiêu chí</i>) of the accreditation circulars, shared by every kind that names them
 * (self-assessment summary, quality improvement plan, implementation report): the catalogues kept as
 * versioned data in the office's folder ({@link vn.tonghop.reference.criteria.CriteriaReference}), the
 * choice of a school's catalogue, and telling which criterion a row names, by code then by title with small
 * typos ({@link vn.tonghop.reference.criteria.CriterionMatcher}).
 */
package vn.tonghop.reference.criteria;
