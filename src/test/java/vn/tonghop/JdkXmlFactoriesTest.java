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
 * Naming the XML factories up front ({@link TonghopApplication#jdkXmlFactories}) only spares JAXP its search:
 * the factories it names are the ones the search finds on tonghop's class path, so nothing reads or
 * writes XML differently. A jar that brings its own provider one day fails this test.
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
            assertThat(found).isEqualTo(TonghopApplication.JDK_XML_FACTORIES);

            TonghopApplication.jdkXmlFactories();
            assertThat(TransformerFactory.newInstance().getClass().getName())
                    .isEqualTo(found.get("javax.xml.transform.TransformerFactory"));
            assertThat(XMLInputFactory.newFactory().getClass().getName())
                    .isEqualTo(found.get("javax.xml.stream.XMLInputFactory"));
        } finally {
            TonghopApplication.JDK_XML_FACTORIES.keySet().forEach(System::clearProperty);
            saved.forEach(System::setProperty);
        }
    }
}
