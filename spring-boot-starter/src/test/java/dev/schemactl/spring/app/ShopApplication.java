package dev.schemactl.spring.app;

import org.springframework.boot.autoconfigure.SpringBootApplication;

/** A plain Spring Boot JPA application; the starter is only on its classpath. */
@SpringBootApplication
public class ShopApplication {
}
