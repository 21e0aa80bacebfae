package vn.tonghop.kind.phasing.template;

import java.util.EnumMap;
import java.util.Map;

import org.apache.poi.ss.usermodel.BorderStyle;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.FillPatternType;
import org.apache.poi.ss.usermodel.HorizontalAlignment;
import org.apache.poi.ss.usermodel.VerticalAlignment;
import org.apache.poi.xssf.usermodel.XSSFCellStyle;
import org.apache.poi.xssf.usermodel.XSSFColor;
import org.apache.poi.xssf.usermodel.XSSFFont;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * The cell styles of one template, made once and reused. Every style is locked except
 * {@link #input}: sheet protection then leaves exactly the shaded input cells open.
 */
final class TemplateStyles {

    /** Input cells: light yellow, the colour the instructions name. */
    static final byte[] INPUT_FILL = {(byte) 0xFF, (byte) 0xF2, (byte) 0xCC};
    /** Pre-filled quota cells: light grey. */
    static final byte[] QUOTA_FILL = {(byte) 0xE7, (byte) 0xE6, (byte) 0xE6};
    private static final byte[] HEADER_FILL = {(byte) 0xDD, (byte) 0xEB, (byte) 0xF7};
    private static final byte[] GROUP_FILL = {(byte) 0xF2, (byte) 0xF2, (byte) 0xF2};

    private final XSSFWorkbook wb;
    private final XSSFFont bold;
    private final Map<InputKind, CellStyle> inputs = new EnumMap<>(InputKind.class);
    private final Map<InputKind, CellStyle> quotas = new EnumMap<>(InputKind.class);
    final XSSFCellStyle title;
    final XSSFCellStyle subtitle;
    final XSSFCellStyle note;
    final XSSFCellStyle heading;
    final XSSFCellStyle header;
    final XSSFCellStyle center;
    final XSSFCellStyle label;
    final XSSFCellStyle group;
    final XSSFCellStyle groupBlank;
    final XSSFCellStyle quotaText;
    final XSSFCellStyle wrap;
    /** A caption's words before an input cell ("Kế hoạch số", "ngày"), against the cell they name. */
    final XSSFCellStyle captionLabel;

    TemplateStyles(XSSFWorkbook wb) {
        this.wb = wb;
        this.bold = font(true, false, 11);
        title = base(false);
        title.setFont(font(true, false, 14));
        title.setAlignment(HorizontalAlignment.CENTER);
        subtitle = base(false);
        subtitle.setFont(font(false, true, 11));
        subtitle.setAlignment(HorizontalAlignment.CENTER);
        note = base(false);
        note.setFont(font(false, true, 10));
        note.setWrapText(true);
        heading = base(false);
        heading.setFont(bold);
        header = base(true);
        header.setFont(bold);
        header.setWrapText(true);
        header.setAlignment(HorizontalAlignment.CENTER);
        header.setVerticalAlignment(VerticalAlignment.CENTER);
        fill(header, HEADER_FILL);
        center = base(true);
        center.setAlignment(HorizontalAlignment.CENTER);
        label = base(true);
        label.setWrapText(true);
        group = base(true);
        group.setFont(bold);
        group.setWrapText(true);
        fill(group, GROUP_FILL);
        groupBlank = base(true);
        fill(groupBlank, GROUP_FILL);
        quotaText = (XSSFCellStyle) quota(InputKind.RANK);
        wrap = base(false);
        wrap.setWrapText(true);
        captionLabel = base(false);
        captionLabel.setFont(font(false, true, 11));
        captionLabel.setAlignment(HorizontalAlignment.RIGHT);
        captionLabel.setIndention((short) 1);
    }

    /** An input cell of a kind: unlocked, shaded, with the kind's number format. */
    CellStyle input(InputKind kind) {
        return inputs.computeIfAbsent(kind, k -> {
            XSSFCellStyle s = base(true);
            s.setLocked(false);
            s.setDataFormat(wb.createDataFormat().getFormat(k.format()));
            s.setAlignment(HorizontalAlignment.CENTER);
            fill(s, INPUT_FILL);
            return s;
        });
    }

    /** A pre-filled quota cell showing a number the way the kind's inputs do; text when it is no number. */
    CellStyle quota(InputKind kind) {
        return quotas.computeIfAbsent(kind, k -> {
            XSSFCellStyle s = base(true);
            s.setDataFormat(wb.createDataFormat().getFormat(k.format().equals("@") ? "General" : k.format()));
            s.setAlignment(HorizontalAlignment.CENTER);
            fill(s, QUOTA_FILL);
            return s;
        });
    }

    private XSSFCellStyle base(boolean bordered) {
        XSSFCellStyle s = wb.createCellStyle();
        s.setLocked(true);
        s.setVerticalAlignment(VerticalAlignment.CENTER);
        if (bordered) {
            s.setBorderTop(BorderStyle.THIN);
            s.setBorderBottom(BorderStyle.THIN);
            s.setBorderLeft(BorderStyle.THIN);
            s.setBorderRight(BorderStyle.THIN);
        }
        return s;
    }

    private static void fill(XSSFCellStyle s, byte[] rgb) {
        s.setFillForegroundColor(new XSSFColor(rgb, null));
        s.setFillPattern(FillPatternType.SOLID_FOREGROUND);
    }

    private XSSFFont font(boolean isBold, boolean italic, int points) {
        XSSFFont f = wb.createFont();
        f.setBold(isBold);
        f.setItalic(italic);
        f.setFontHeightInPoints((short) points);
        return f;
    }
}
