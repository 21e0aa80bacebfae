package vn.tonghop;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;

@SpringBootApplication
@ConfigurationPropertiesScan
public class TonghopApplication {
    public static void main(String[] args) {
        System.exit(SpringApplication.exit(SpringApplication.run(TonghopApplication.class, args)));
    }
}
