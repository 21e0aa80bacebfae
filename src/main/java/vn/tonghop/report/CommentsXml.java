package vn.tonghop.report;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;

import org.apache.poi.ss.SpreadsheetVersion;
import org.apache.poi.ss.util.CellReference;

import vn.tonghop.domain.Finding;

/**
 * A sheet's comments part and their drawing (VML, where Excel keeps a comment's box) for a streamed feedback
 * copy, as POI's user model writes them for {@link FeedbackMarker}: one comment per marked cell by
 * {@value FeedbackMarker#AUTHOR}, its box beside the cell, hidden until pointed at.
 */
final class CommentsXml {

    private CommentsXml() {
    }

    static byte[] comments(List<Map.Entry<FeedbackMarker.Key, List<Finding>>> comments) throws SheetXml.NotStreamable {
        StringBuilder x = new StringBuilder("<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n<comments xmlns=\"")
                .append(SheetXml.MAIN).append("\"><authors><author>").append(FeedbackMarker.AUTHOR)
                .append("</author></authors><commentList>");
        for (Map.Entry<FeedbackMarker.Key, List<Finding>> c : comments) {
            FeedbackMarker.Key k = c.getKey();
            String text = FeedbackMarker.cut(FeedbackMarker.commentText(c.getValue()));
            x.append("<comment ref=\"").append(new CellReference(k.row(), k.col()).formatAsString())
                    .append("\" authorId=\"0\"><text><t xml:space=\"preserve\">")
                    .append(ListSheetXml.escape(text, false)).append("</t></text></comment>");
        }
        return x.append("</commentList></comments>").toString().getBytes(StandardCharsets.UTF_8);
    }

    static byte[] vml(List<Map.Entry<FeedbackMarker.Key, List<Finding>>> comments) {
        StringBuilder x = new StringBuilder("<xml xmlns:o=\"urn:schemas-microsoft-com:office:office\" "
                + "xmlns:v=\"urn:schemas-microsoft-com:vml\" xmlns:x=\"urn:schemas-microsoft-com:office:excel\">"
                + "<o:shapelayout v:ext=\"edit\"><o:idmap v:ext=\"edit\" data=\"1\"/></o:shapelayout>"
                + "<v:shapetype id=\"_x0000_t202\" coordsize=\"21600,21600\" o:spt=\"202\" "
                + "path=\"m,l,21600r21600,l21600,xe\"><v:stroke joinstyle=\"miter\"/>"
                + "<v:path gradientshapeok=\"t\" o:connecttype=\"rect\"/></v:shapetype>");
        int id = 1024;
        for (Map.Entry<FeedbackMarker.Key, List<Finding>> c : comments) {
            FeedbackMarker.Key k = c.getKey();
            int[] a = FeedbackMarker.anchor(k, FeedbackMarker.commentText(c.getValue()), SpreadsheetVersion.EXCEL2007);
            x.append("<v:shape id=\"_x0000_s").append(++id).append("\" type=\"#_x0000_t202\" ")
                    .append("style=\"position:absolute; visibility:hidden\" fillcolor=\"#ffffe1\" o:insetmode=\"auto\">")
                    .append("<v:fill color=\"#ffffe1\"/><v:shadow on=\"t\" color=\"black\" obscured=\"t\"/>")
                    .append("<v:path o:connecttype=\"none\"/><v:textbox style=\"mso-direction-alt:auto\"/>")
                    .append("<x:ClientData ObjectType=\"Note\"><x:MoveWithCells/><x:SizeWithCells/><x:Anchor>")
                    .append(a[0]).append(", 0, ").append(a[1]).append(", 0, ").append(a[2]).append(", 0, ")
                    .append(a[3]).append(", 0</x:Anchor><x:AutoFill>False</x:AutoFill><x:Row>").append(k.row())
                    .append("</x:Row><x:Column>").append(k.col()).append("</x:Column></x:ClientData></v:shape>");
        }
        return x.append("</xml>").toString().getBytes(StandardCharsets.UTF_8);
    }
}
