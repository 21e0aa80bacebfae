/**
 * The domain model, with the field's own words kept where they are the clearest names.
 *
 * <ul>
 *   <li><b>Đơn vị</b> ({@link vn.tonghop.domain.Unit}): a node of the administrative tree — a school
 *       (trường), a district office (Phòng GD&amp;ĐT, huyện), a commune (xã/phường, after the 2025
 *       reform) or the provincial department (Sở GD&amp;ĐT, tỉnh). Levels come from the office's
 *       registry, never from code. School codes (mã trường) are opaque strings.</li>
 *   <li><b>Chỉ tiêu</b> ({@link vn.tonghop.domain.Indicator}): an indicator and the target set for it.
 *       The catalogue groups them in three {@link vn.tonghop.domain.Section sections} by who set them:
 *       I. trung ương (central), II. tỉnh (province), III. huyện (the district's own, "đặc trưng").</li>
 *   <li><b>Bảng phân kỳ thực hiện chỉ tiêu</b>: the indicator phasing table a school fills. Per row:
 *       STT (hierarchical row number: {@code 1}, then {@code a b c d đ}), tên chỉ tiêu (name), ĐVT
 *       (unit: {@code %}, {@code ĐV} = units, {@code Xếp hạng} = rank, blank for yes/no), hiện trạng
 *       (current value at the date in the header), chỉ tiêu 2025 at each level — TW, Tỉnh / Huyện /
 *       Trường — and phân kỳ (the value planned for each year of the period).</li>
 *   <li>A {@link vn.tonghop.domain.Measure} names which of those columns a value came from.</li>
 *   <li>Words in values: Đạt / Không đạt (met / not met), Có / Không (yes / no), Chưa (not yet),
 *       Chưa đánh giá (not yet assessed), X (a tick).</li>
 *   <li>Nightly operation: a <b>lần tổng hợp</b> (run, a Spring Batch job instance; output folders end
 *       in {@code _lan-N}); a unit's <b>phiên bản</b> (version: each readable file it sends, the last
 *       one consolidated); <b>góp ý</b> (feedback: the marked-up copy of a school's file, in
 *       {@code gop-y/}); a <b>mẫu nhập liệu</b> (template a clerk fills, made by the {@code template}
 *       command).</li>
 * </ul>
 */
package vn.tonghop.domain;
