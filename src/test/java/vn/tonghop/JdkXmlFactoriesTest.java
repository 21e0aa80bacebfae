package vn.tonghop;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashMap;
import java.util.Map;

import javax.xml.datatype.DatatypeFactory;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.SAXParserFactory;
import javax.xml.stream.XMLEventFactory;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLOutputFactory;
import javax.xml.transform.TransformerFactory;

import org.junit.jupiter.api.Test;

/**
 * Naming the XML factories up front ({@link TonghopApplication#jdkXmlFactories}) spares JAXP its search and keeps
 * the JDK's: the factories it names are the ones the search finds on tonghop's class path, but for the streaming
 * ones, which Woodstox's jar (brought for the workbooks' parts, parsed with it by name) provides. A jar that brings
 * another provider one day fails this test.
 */
class JdkXmlFactoriesTest {

    @Test
    void theFactoriesNamedAreTheOnesJaxpFindsWithoutNames() throws Exception {
        Map<String, String> saved = new HashMap<>();
        for (String factory : TonghopApplication.JDK_XML_FACTORIES.keySet()) {
            String set = System.getProperty(factory);
            if (set != null) {
                saved.put(factory, set);
                System.clearProperty(factory);
            }
        }
        try {
            Map<String, String> found = Map.of(
                    "javax.xml.parsers.DocumentBuilderFactory", DocumentBuilderFactory.newInstance().getClass().getName(),
                    "javax.xml.parsers.SAXParserFactory", SAXParserFactory.newInstance().getClass().getName(),
                    "javax.xml.transform.TransformerFactory", TransformerFactory.newInstance().getClass().getName(),
                    "javax.xml.stream.XMLInputFactory", XMLInputFactory.newFactory().getClass().getName(),
                    "javax.xml.stream.XMLOutputFactory", XMLOutputFactory.newFactory().getClass().getName(),
                    "javax.xml.stream.XMLEventFactory", XMLEventFactory.newFactory().getClass().getName(),
                    "javax.xml.datatype.DatatypeFactory", DatatypeFactory.newInstance().getClass().getName());
            Map<String, String> expected = new HashMap<>(TonghopApplication.JDK_XML_FACTORIES);
            expected.put("javax.xml.stream.XMLInputFactory", "com.ctc.wstx.stax.WstxInputFactory");
            expected.put("javax.xml.stream.XMLOutputFactory", "com.ctc.wstx.stax.WstxOutputFactory");
            expected.put("javax.xml.stream.XMLEventFactory", "com.ctc.wstx.stax.WstxEventFactory");
            assertThat(found).isEqualTo(expected);

            TonghopApplication.jdkXmlFactories();
            assertThat(TransformerFactory.newInstance().getClass().getName())
                    .isEqualTo(found.get("javax.xml.transform.TransformerFactory"));
            assertThat(XMLInputFactory.newFactory().getClass().getName()).as("named: the JDK's, not the jar's")
                    .isEqualTo(TonghopApplication.JDK_XML_FACTORIES.get("javax.xml.stream.XMLInputFactory"));
            assertThat(XMLOutputFactory.newFactory().getClass().getName())
                    .isEqualTo(TonghopApplication.JDK_XML_FACTORIES.get("javax.xml.stream.XMLOutputFactory"));
        } finally {
            TonghopApplication.JDK_XML_FACTORIES.keySet().forEach(System::clearProperty);
            saved.forEach(System::setProperty);
        }
    }
}
