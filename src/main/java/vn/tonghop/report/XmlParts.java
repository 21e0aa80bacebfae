package vn.tonghop.report;

import java.io.ByteArrayInputStream;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;

import javax.xml.parsers.DocumentBuilder;
import javax.xml.transform.OutputKeys;
import javax.xml.transform.Transformer;
import javax.xml.transform.dom.DOMSource;
import javax.xml.transform.stream.StreamResult;

import org.apache.poi.util.XMLHelper;
import org.w3c.dom.Document;

/**
 * The small parts of a school's workbook a feedback copy changes (relationships, content types, styles),
 * parsed into a DOM and written back, with POI's securely configured parser (its entity resolver and error
 * handler kept: never {@code reset()}, which would drop them) and transformer: one of each per thread,
 * used part after part. Making them anew for each part was a tenth of the feedback workbooks'
 * time (thousands of parts a night).
 */
final class XmlParts {

    private static final ThreadLocal<DocumentBuilder> BUILDER = ThreadLocal.withInitial(() -> {
        try {
            return XMLHelper.newDocumentBuilder();
        } catch (Exception e) {
            throw new IllegalStateException("no XML parser", e);
        }
    });
    private static final ThreadLocal<Transformer> TRANSFORMER = ThreadLocal.withInitial(() -> {
        try {
            return XMLHelper.newTransformer();
        } catch (Exception e) {
            throw new IllegalStateException("no XML transformer", e);
        }
    });

    private XmlParts() {
    }

    /** The part's DOM; what the parser says is wrong with it as the exception's message. */
    static Document parse(byte[] xml) throws Exception {
        try {
            return BUILDER.get().parse(new ByteArrayInputStream(xml));
        } catch (Exception e) {
            BUILDER.remove(); // a fresh one for the next part, whatever state this one was left in
            throw e;
        }
    }

    /** The DOM written as a part: UTF-8, standalone. */
    static byte[] serialize(Document doc) throws Exception {
        Transformer t = TRANSFORMER.get();
        try {
            t.setOutputProperty(OutputKeys.ENCODING, "UTF-8");
            t.setOutputProperty(OutputKeys.STANDALONE, "yes");
            StringWriter w = new StringWriter();
            t.transform(new DOMSource(doc), new StreamResult(w));
            return w.toString().getBytes(StandardCharsets.UTF_8);
        } catch (Exception e) {
            TRANSFORMER.remove();
            throw e;
        }
    }
}
