package vn.tonghop.report;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;

import org.apache.poi.ss.util.CellReference;

import vn.tonghop.domain.Finding;
import vn.tonghop.domain.Severity;
import vn.tonghop.report.ReportStyles.Fill;

/**
 * The XML of the sheet «Góp ý» of a streamed feedback copy: what {@link FeedbackSheet#write} makes with POI's
 * user model (the same lines, columns, styles, links, row heights, frozen header, filter and print setup),
 * its text written inline, as text: a value typed as {@code =1+1} stays text.
 */
final class ListSheetXml {

    /** The sheet and its last row (0-based). */
    record Written(byte[] xml, int lastRow) {
    }

    private static final int HEADLINE = 0;
    private static final int BOLD_LINE = 1;
    private static final int LINE = 2;
    private static final int WRAP = 3;
    private static final int CENTER = 4;
    private static final int LINK = 5;
    private static final int HEADER = 6;
    private static final int MARKED = 7; // then warning, information

    private ListSheetXml() {
    }

    static Written write(List<Finding> findings, Map<Finding, String> links, String fileName, StyleSheetXml styles,
                         int[] st) throws SheetXml.NotStreamable {
        StringBuilder rows = new StringBuilder();
        StringBuilder hyperlinks = new StringBuilder();
        int last;
        row(rows, 0, -1);
        text(rows, 0, 0, FeedbackSheet.title(fileName), st[HEADLINE]);
        rows.append("</row>");
        if (findings.isEmpty()) {
            row(rows, 1, -1);
            text(rows, 1, 0, FeedbackSheet.NOTHING_TO_FIX, st[LINE]);
            rows.append("</row>");
            last = 1;
        } else {
            row(rows, 1, -1);
            text(rows, 1, 0, FeedbackSheet.countLine(findings), st[BOLD_LINE]);
            rows.append("</row>");
            row(rows, 2, -1);
            text(rows, 2, 0, FeedbackSheet.HOW_TO_READ, st[LINE]);
            rows.append("</row>");
            row(rows, FeedbackSheet.HEADER_ROW, -1);
            for (int c = 0; c < FeedbackSheet.COLUMNS.length; c++) {
                text(rows, FeedbackSheet.HEADER_ROW, c, FeedbackSheet.COLUMNS[c], st[HEADER]);
            }
            rows.append("</row>");
            int r = FeedbackSheet.HEADER_ROW + 1;
            for (Finding f : findings) {
                Severity sev = f.severity();
                String link = links.get(f);
                String[] texts = {null, sev == null ? "" : sev.vietnamese(), f.sheet(), f.cell(), f.message(),
                    f.raw(), f.rule()};
                int[] styleOf = {st[CENTER], sev == null ? st[WRAP] : st[MARKED + markedIndex(sev)], st[WRAP],
                    link == null ? st[WRAP] : st[LINK], st[WRAP], st[WRAP], st[WRAP]};
                float height = 0;
                for (int c = 1; c < texts.length; c++) {
                    texts[c] = Cells.capped(texts[c]);
                    if (!texts[c].isEmpty()) {
                        // as PrintLayout.fitHeight measures a wrapped text cell
                        float[] font = styles.font(styleOf[c]);
                        float points = font[0];
                        double width = FeedbackSheet.WIDTHS[c] * 256 / 256.0 * 11 / points;
                        height = Math.max(height, PrintLayout.lines(texts[c], width, font[1] > 0)
                                * PrintLayout.LINE_POINTS_11 * points / 11);
                    }
                }
                row(rows, r, height > 15f ? Math.min(409, height) : -1);
                rows.append("<c r=\"").append(ref(r, 0)).append("\" s=\"").append(styleOf[0]).append("\"><v>")
                        .append(r - FeedbackSheet.HEADER_ROW).append("</v></c>");
                for (int c = 1; c < texts.length; c++) {
                    text(rows, r, c, texts[c], styleOf[c]);
                }
                rows.append("</row>");
                if (link != null) {
                    hyperlinks.append("<hyperlink ref=\"").append(ref(r, 3)).append("\" location=\"")
                            .append(escape(link, true)).append("\"/>");
                }
                r++;
            }
            last = r - 1;
        }

        boolean list = !findings.isEmpty();
        StringBuilder x = new StringBuilder(rows.length() + 2048);
        x.append("<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n<worksheet xmlns=\"")
                .append(SheetXml.MAIN).append("\" xmlns:r=\"").append(SheetXml.RELATIONSHIPS).append("\">")
                .append("<sheetPr><pageSetUpPr autoPageBreaks=\"1\" fitToPage=\"1\"/></sheetPr>")
                .append("<dimension ref=\"A1:").append(ref(last, list ? FeedbackSheet.COLUMNS.length - 1 : 0))
                .append("\"/><sheetViews><sheetView tabSelected=\"1\" workbookViewId=\"0\">");
        if (list) {
            int top = FeedbackSheet.HEADER_ROW + 1;
            x.append("<pane ySplit=\"").append(top).append("\" topLeftCell=\"").append(ref(top, 0))
                    .append("\" activePane=\"bottomLeft\" state=\"frozen\"/><selection pane=\"bottomLeft\"/>");
        }
        x.append("</sheetView></sheetViews><sheetFormatPr defaultRowHeight=\"15\"/><cols>");
        for (int c = 0; c < FeedbackSheet.WIDTHS.length; c++) {
            x.append("<col min=\"").append(c + 1).append("\" max=\"").append(c + 1).append("\" width=\"")
                    .append(FeedbackSheet.WIDTHS[c]).append("\" customWidth=\"1\"/>");
        }
        x.append("</cols><sheetData>").append(rows).append("</sheetData>");
        if (list) {
            x.append("<autoFilter ref=\"").append(ref(FeedbackSheet.HEADER_ROW, 0)).append(':')
                    .append(ref(last, FeedbackSheet.COLUMNS.length - 1)).append("\"/>");
        }
        if (hyperlinks.length() > 0) {
            x.append("<hyperlinks>").append(hyperlinks).append("</hyperlinks>");
        }
        x.append("<pageMargins left=\"0.6\" right=\"0.5\" top=\"0.6\" bottom=\"0.7\" header=\"0.3\" footer=\"0.3\"/>")
                .append("<pageSetup paperSize=\"9\" fitToWidth=\"1\" fitToHeight=\"0\" orientation=\"landscape\"/>")
                .append("<headerFooter><oddFooter>&amp;CTrang &amp;P/&amp;N</oddFooter></headerFooter></worksheet>");
        return new Written(x.toString().getBytes(StandardCharsets.UTF_8), last);
    }

    private static int markedIndex(Severity sev) {
        return switch (Fill.marked(sev)) {
            case MARKED_ERROR -> 0;
            case MARKED_WARNING -> 1;
            default -> 2;
        };
    }

    private static void row(StringBuilder x, int r, float height) {
        x.append("<row r=\"").append(r + 1).append('"');
        if (height > 0) {
            x.append(" ht=\"").append((double) height).append("\" customHeight=\"1\"");
        }
        x.append('>');
    }

    private static void text(StringBuilder x, int r, int c, String text, int style) throws SheetXml.NotStreamable {
        x.append("<c r=\"").append(ref(r, c)).append("\" s=\"").append(style)
                .append("\" t=\"inlineStr\"><is><t xml:space=\"preserve\">").append(escape(Cells.capped(text), false))
                .append("</t></is></c>");
    }

    private static String ref(int r, int c) {
        return CellReference.convertNumToColString(c) + (r + 1);
    }

    /**
     * Text for XML. What POI's user model writes in its own escaped form ({@code _x0001_} for a control
     * character, and any text that looks like one) is left to it.
     */
    static String escape(String s, boolean attribute) throws SheetXml.NotStreamable {
        StringBuilder out = new StringBuilder(s.length() + 16);
        for (int i = 0; i < s.length(); i++) {
            char ch = s.charAt(i);
            switch (ch) {
                case '&' -> out.append("&amp;");
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '"' -> out.append(attribute ? "&quot;" : "\"");
                case '\r' -> out.append("&#13;");
                case '\n' -> out.append(attribute ? "&#10;" : "\n");
                case '\t' -> out.append(attribute ? "&#9;" : "\t");
                default -> {
                    if (ch < 0x20 || ch == 0xFFFE || ch == 0xFFFF) {
                        throw new SheetXml.NotStreamable("control character in a text");
                    }
                    out.append(ch);
                }
            }
        }
        if (s.contains("_x") || s.contains("_X")) {
            throw new SheetXml.NotStreamable("text that reads as an escape");
        }
        return out.toString();
    }
}
