package vn.tonghop.kind.phasing.report;

import vn.tonghop.domain.Indicator;

/**
 * One line of "Danh sách": a node, an indicator, what the list is (a measure or "Đơn vị chưa đạt")
 * and one unit's entry. The level sheets collect them; {@link ListsSheet} writes them.
 */
record ListLine(String node, Indicator indicator, String what, String entry) {
}
