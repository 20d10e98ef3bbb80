package dev.schemactl.spring;

import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.core.env.Environment;
import org.springframework.core.io.ResourceLoader;
import org.springframework.core.io.support.ResourcePatternUtils;

import javax.sql.DataSource;

/** schemactl applies pending migrations at startup when the application has a DataSource and schemactl.enabled is not false. */
@AutoConfiguration(afterName = "org.springframework.boot.jdbc.autoconfigure.DataSourceAutoConfiguration",
        beforeName = "org.springframework.boot.hibernate.autoconfigure.HibernateJpaAutoConfiguration")
@ConditionalOnBean(DataSource.class)
@ConditionalOnProperty(prefix = "schemactl", name = "enabled", havingValue = "true", matchIfMissing = true)
@EnableConfigurationProperties(SchemactlProperties.class)
public class SchemactlAutoConfiguration {

    @Bean
    @ConditionalOnMissingBean
    SchemactlMigrationInitializer schemactlMigrationInitializer(DataSource dataSource, SchemactlProperties properties,
                                                                Environment environment, ResourceLoader resourceLoader) {
        return new SchemactlMigrationInitializer(dataSource, properties,
                environment.getProperty("spring.application.name", "application"), System.getenv(),
                ResourcePatternUtils.getResourcePatternResolver(resourceLoader));
    }
}
