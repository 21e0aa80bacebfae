package vn.tonghop.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3c.dom.Document;

/**
 * The parser and transformer kept per thread stay what POI configured, part after part: a part naming
 * an external entity never has it read, a broken part fails only itself, and a part written back is the
 * same XML.
 */
class XmlPartsTest {

    @TempDir
    Path tmp;

    @Test
    void reusedPartAfterPartItNeverReadsAnExternalEntityAndABrokenPartFailsOnlyItself() throws Exception {
        Path secret = Files.writeString(tmp.resolve("secret.txt"), "bí mật của trường");
        byte[] rels = ("<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?><Relationships xmlns=\""
                + "http://schemas.openxmlformats.org/package/2006/relationships\"><Relationship Id=\"rId1\" "
                + "Type=\"t\" Target=\"sheet1.xml\"/></Relationships>").getBytes(StandardCharsets.UTF_8);
        for (int i = 0; i < 3; i++) {
            assertThat(XmlParts.parse(rels).getDocumentElement().getLocalName()).isEqualTo("Relationships");
        }
        byte[] entity = ("<?xml version=\"1.0\"?><!DOCTYPE r [<!ENTITY x SYSTEM \"" + secret.toUri()
                + "\">]><r>&x;</r>").getBytes(StandardCharsets.UTF_8);
        String read;
        try {
            read = XmlParts.parse(entity).getDocumentElement().getTextContent();
        } catch (Exception refused) {
            read = "";
        }
        assertThat(read).doesNotContain("bí mật");

        assertThatThrownBy(() -> XmlParts.parse("<r><unclosed></r>".getBytes(StandardCharsets.UTF_8)));
        Document again = XmlParts.parse(rels);
        assertThat(again.getDocumentElement().getElementsByTagNameNS("*", "Relationship").getLength()).isEqualTo(1);

        String written = new String(XmlParts.serialize(again), StandardCharsets.UTF_8);
        assertThat(written).startsWith("<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>")
                .contains("Target=\"sheet1.xml\"");
        assertThat(new String(XmlParts.serialize(XmlParts.parse(written.getBytes(StandardCharsets.UTF_8))),
                StandardCharsets.UTF_8)).isEqualTo(written);
    }
}
