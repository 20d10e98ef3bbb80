package dev.schemactl.spring;

import org.springframework.boot.sql.init.dependency.AbstractBeansOfTypeDatabaseInitializerDetector;

import java.util.Set;

/**
 * Tells Spring Boot that {@link SchemactlMigrationInitializer} initializes the database, so that everything that
 * depends on an initialized database (the JPA EntityManagerFactory, JdbcTemplate, ...) is created after it, as with
 * Flyway's and Liquibase's initializers.
 */
class SchemactlDatabaseInitializerDetector extends AbstractBeansOfTypeDatabaseInitializerDetector {
    @Override
    protected Set<Class<?>> getDatabaseInitializerBeanTypes() {
        return Set.of(SchemactlMigrationInitializer.class);
    }

    @Override
    public int getOrder() {
        return 1;
    }
}
