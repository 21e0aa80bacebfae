package vn.tonghop.kind.implementation.consolidation;

import vn.tonghop.kind.implementation.reading.ReportTable;

/** One unit's report as the consolidation uses it: the file it came from and the table its facts give. */
public record UnitReport(String unitCode, String fileName, ReportTable table) {
}
