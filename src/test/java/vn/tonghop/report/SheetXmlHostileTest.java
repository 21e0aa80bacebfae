package vn.tonghop.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.SocketTimeoutException;
import java.nio.charset.StandardCharsets;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * A feedback copy reads the school's sheet again, with a parser of its own: a DTD in it never declares an entity
 * that is expanded, nor makes the parser fetch anything; the sheet is left to the user model (or refused) instead.
 */
class SheetXmlHostileTest {

    private static final String HEAD = "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n";
    private static final String NS = "xmlns=\"" + SheetXml.MAIN + "\"";
    /** A thousand million "lol"s once expanded. */
    private static final String LAUGHS = "<!DOCTYPE worksheet [<!ENTITY a \"lol\">"
            + "<!ENTITY b \"&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;\"><!ENTITY c \"&b;&b;&b;&b;&b;&b;&b;&b;&b;&b;\">"
            + "<!ENTITY d \"&c;&c;&c;&c;&c;&c;&c;&c;&c;&c;\"><!ENTITY e \"&d;&d;&d;&d;&d;&d;&d;&d;&d;&d;\">"
            + "<!ENTITY f \"&e;&e;&e;&e;&e;&e;&e;&e;&e;&e;\"><!ENTITY g \"&f;&f;&f;&f;&f;&f;&f;&f;&f;&f;\">"
            + "<!ENTITY h \"&g;&g;&g;&g;&g;&g;&g;&g;&g;&g;\"><!ENTITY i \"&h;&h;&h;&h;&h;&h;&h;&h;&h;&h;\">"
            + "<!ENTITY secret \"bí mật\">]>";

    private static byte[] sheet(String doctype, String cellText) {
        return (HEAD + doctype + "<worksheet " + NS + "><sheetData><row r=\"1\"><c r=\"A1\" t=\"inlineStr\"><is><t>"
                + cellText + "</t></is></c><c r=\"B1\" t=\"s\"><v>0</v></c></row></sheetData></worksheet>")
                .getBytes(StandardCharsets.UTF_8);
    }

    @Test
    @Timeout(value = 60, unit = TimeUnit.SECONDS, threadMode = Timeout.ThreadMode.SEPARATE_THREAD)
    void entitiesDeclaredInTheSheetAreNeverExpanded() {
        byte[] bomb = sheet(LAUGHS, "&i;");
        assertThatThrownBy(() -> SheetXml.scan(bomb, Set.of(), i -> "")).isInstanceOf(SheetXml.NotStreamable.class);
        assertThatThrownBy(() -> SheetXml.rewrite(bomb, new TreeMap<>(), (base, severity) -> base, null, true))
                .isInstanceOf(SheetXml.NotStreamable.class);
        // the shared strings made inline has no DOCTYPE check of its own: the entity must stay unread
        byte[] secret = sheet(LAUGHS, "&secret;");
        String inlined;
        try {
            inlined = new String(SheetXml.inlineStrings(secret, i -> "chung"), StandardCharsets.UTF_8);
        } catch (SheetXml.NotStreamable refused) {
            inlined = "";
        }
        assertThat(inlined).doesNotContain("bí mật").doesNotContain("lol");
    }

    @Test
    @Timeout(value = 60, unit = TimeUnit.SECONDS, threadMode = Timeout.ThreadMode.SEPARATE_THREAD)
    void anExternalDtdIsNeverFetched() throws Exception {
        try (ServerSocket server = new ServerSocket(0, 50, InetAddress.getLoopbackAddress())) {
            byte[] xml = sheet("<!DOCTYPE worksheet SYSTEM \"http://127.0.0.1:" + server.getLocalPort() + "/x.dtd\">",
                    "chữ");
            assertThatThrownBy(() -> SheetXml.scan(xml, Set.of(), i -> "")).isInstanceOf(SheetXml.NotStreamable.class);
            try {
                SheetXml.inlineStrings(xml, i -> "chung");
            } catch (SheetXml.NotStreamable refused) {
                // refusing is as good as not fetching
            }
            server.setSoTimeout(300);
            assertThrows(SocketTimeoutException.class, server::accept, "the parser connected to fetch the DTD");
        }
    }

    @Test
    void aBrokenSheetIsNotStreamableNotAnUncheckedError() {
        byte[] broken = (HEAD + "<worksheet " + NS + "><sheetData><row r=\"1\"><c r=\"A1\"><v>1</v></row>")
                .getBytes(StandardCharsets.UTF_8);
        assertThatThrownBy(() -> SheetXml.scan(broken, Set.of(), i -> "")).isInstanceOf(SheetXml.NotStreamable.class);
        assertThatThrownBy(() -> SheetXml.inlineStrings(broken, i -> "chung"))
                .isInstanceOf(SheetXml.NotStreamable.class);
    }
}
