package vn.tonghop;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;

import vn.tonghop.cli.EarlyExit;
import vn.tonghop.cli.Help;
import vn.tonghop.config.ConfigurationProblems;

@SpringBootApplication
@ConfigurationPropertiesScan
public class TonghopApplication {
    public static void main(String[] args) {
        if (Help.asked(args)) { // not even logging starts (Help, a listener, does the same for other starts)
            System.out.print(Help.text());
            System.exit(0);
        }
        quietPoiLogging();
        jdkXmlFactories();
        int exitCode;
        try {
            exitCode = SpringApplication.exit(SpringApplication.run(TonghopApplication.class, args));
        } catch (ConfigurationProblems e) {
            exitCode = e.getExitCode(); // already printed, one line per problem, by ConfigurationProblemsReporter
        } catch (EarlyExit e) {
            exitCode = e.exitCode(); // already printed: the office's lock, or a status while the office is busy
        }
        System.exit(exitCode);
    }

    /**
     * POI logs through the Log4j API; bridged to SLF4J it builds a trace message for every record of
     * an .xls file only to drop it (8x slower opens measured on POI's test files). The Log4j simple
     * logger at WARN skips that work and still prints POI's warnings.
     */
    public static void quietPoiLogging() {
        if (System.getProperty("log4j2.loggerContextFactory") == null) {
            System.setProperty("log4j2.loggerContextFactory",
                    "org.apache.logging.log4j.simple.SimpleLoggerContextFactory");
            System.setProperty("org.apache.logging.log4j.simplelog.level", "WARN");
        }
    }

    /**
     * The JDK's own XML factories, named up front. Without a name JAXP looks for a provider in every jar
     * of the class path at every {@code newInstance}, and POI and XMLBeans ask for a factory at every
     * workbook opened or saved: about 5 % of a bench run's CPU time went to that search. The search ends on
     * these same defaults, but for the streaming (StAX) factories, which Woodstox's jar provides: it is on the
     * class path for the workbooks' parts, which {@code reading.PartXmlReader} and the feedback copies'
     * {@code report.SheetXml} parse with it by name, and the names here keep everything else (POI, XMLBeans) on
     * the JDK's parsers as before. A name set on the command line ({@code -Djavax.xml…}) stays.
     */
    public static void jdkXmlFactories() {
        JDK_XML_FACTORIES.forEach((factory, implementation) -> {
            if (System.getProperty(factory) == null) {
                System.setProperty(factory, implementation);
            }
        });
    }

    /** Each JAXP factory and the JDK class its search for a provider ends on. */
    static final java.util.Map<String, String> JDK_XML_FACTORIES = java.util.Map.of(
            "javax.xml.parsers.DocumentBuilderFactory", "com.sun.org.apache.xerces.internal.jaxp.DocumentBuilderFactoryImpl",
            "javax.xml.parsers.SAXParserFactory", "com.sun.org.apache.xerces.internal.jaxp.SAXParserFactoryImpl",
            "javax.xml.transform.TransformerFactory", "com.sun.org.apache.xalan.internal.xsltc.trax.TransformerFactoryImpl",
            "javax.xml.stream.XMLInputFactory", "com.sun.xml.internal.stream.XMLInputFactoryImpl",
            "javax.xml.stream.XMLOutputFactory", "com.sun.xml.internal.stream.XMLOutputFactoryImpl",
            "javax.xml.stream.XMLEventFactory", "com.sun.xml.internal.stream.events.XMLEventFactoryImpl",
            "javax.xml.datatype.DatatypeFactory", "com.sun.org.apache.xerces.internal.jaxp.datatype.DatatypeFactoryImpl");
}
