package vn.tonghop.report;

import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;

import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;

import vn.tonghop.report.ReportStyles.Kind;

/**
 * The "Thông tin" sheet that opens a summary: a title, then labelled lines (office, scope, run time,
 * counts), a guide to the other sheets and how to read them. A kind says what goes in, line by
 * line; this sheet lays it out: bold labels in column A, texts wrapping in column B, counts
 * left-aligned under them, portrait A4 one page wide with rows as tall as their text.
 */
public final class InfoSheet {

    public static final String NAME = "Thông tin";

    private static final int LABEL_WIDTH = 28;
    private static final int VALUE_WIDTH = 80;

    private sealed interface Line permits Title, Blank, Heading, Text, Time, Count {
    }

    private record Title(String text) implements Line {
    }

    private record Blank() implements Line {
    }

    private record Heading(String text) implements Line {
    }

    private record Text(String label, String value) implements Line {
    }

    private record Time(String label, LocalDateTime at) implements Line {
    }

    private record Count(String label, int value) implements Line {
    }

    private final List<Line> lines = new ArrayList<>();

    /** The sheet's title, bold, then an empty line. */
    public InfoSheet title(String text) {
        lines.add(new Title(text));
        lines.add(new Blank());
        return this;
    }

    /** A label and its text (which wraps). */
    public InfoSheet text(String label, String value) {
        lines.add(new Text(label, value));
        return this;
    }

    /** A label and a date and time; the cell stays empty when {@code at} is null. */
    public InfoSheet time(String label, LocalDateTime at) {
        lines.add(new Time(label, at));
        return this;
    }

    /** A label and a count, left-aligned under the texts beside it (a number far at the right is missed). */
    public InfoSheet count(String label, int value) {
        lines.add(new Count(label, value));
        return this;
    }

    /** An empty line, then a bold heading for the lines after it. */
    public InfoSheet heading(String text) {
        lines.add(new Blank());
        lines.add(new Heading(text));
        return this;
    }

    /** The lines of {@code other} after these. */
    public InfoSheet append(InfoSheet other) {
        lines.addAll(other.lines);
        return this;
    }

    /** Whether no line was added. */
    public boolean isEmpty() {
        return lines.isEmpty();
    }

    /** Writes the lines into {@code sh} (made empty by the caller, first in the workbook). */
    public void write(Sheet sh, ReportStyles st) {
        sh.setColumnWidth(0, LABEL_WIDTH * 256);
        sh.setColumnWidth(1, VALUE_WIDTH * 256);
        int r = 0;
        for (Line line : lines) {
            if (line instanceof Title t) {
                Cells.text(sh.createRow(r), 0, t.text(), st.get(Kind.BOLD));
            } else if (line instanceof Heading h) {
                Cells.text(sh.createRow(r), 0, h.text(), st.get(Kind.BOLD));
            } else if (line instanceof Text t) {
                Row row = sh.createRow(r);
                Cells.text(row, 0, t.label(), st.get(Kind.BOLD));
                Cells.text(row, 1, t.value(), st.get(Kind.NOTE));
            } else if (line instanceof Time t) {
                Row row = sh.createRow(r);
                Cells.text(row, 0, t.label(), st.get(Kind.BOLD));
                if (t.at() != null) {
                    row.createCell(1).setCellValue(t.at());
                    row.getCell(1).setCellStyle(st.get(Kind.DATETIME));
                }
            } else if (line instanceof Count n) {
                Row row = sh.createRow(r);
                Cells.text(row, 0, n.label(), st.get(Kind.BOLD));
                Cells.number(row, 1, n.value(), st.get(Kind.COUNT));
            }
            r++; // a Blank: an empty line
        }
        // portrait, one page wide: the explanations wrap in column B, their rows sized to them
        PrintLayout.a4(sh, false);
        for (Row row : sh) {
            PrintLayout.fitHeight(row);
        }
    }

    /** "2022–2025", or the one year, or "" without years. */
    public static String period(List<Integer> years) {
        if (years.isEmpty()) {
            return "";
        }
        int first = years.stream().min(Integer::compare).orElseThrow();
        int last = years.stream().max(Integer::compare).orElseThrow();
        return first == last ? String.valueOf(first) : first + "–" + last;
    }
}
