package org.fantastictrain.platform;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;

/** The platform's Spring Boot application. The CLI entry point decides whether to start it. */
@SpringBootApplication
public class FantasticTrainApplication {

    public static void main(String[] args) {
        SpringApplication.run(FantasticTrainApplication.class, args);
    }
}
