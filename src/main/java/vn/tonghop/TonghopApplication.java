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
}
