package dev.schemactl.source;

import dev.schemactl.config.Settings;
import dev.schemactl.engine.EngineKind;
import dev.schemactl.error.SchemactlException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * How the naming is resolved (schemactl.yaml > the application's settings > Spring Boot's defaults > Hibernate's), and
 * Hibernate's own schema export under it as the oracle: with Spring's strategies it writes first_name, birth_date and a
 * vets_specialties join table, as a Spring Boot application gets them.
 */
class ModelMappingTest {
    private static final String PETCLINIC = "dev.schemactl.source.petclinic";

    @TempDir
    Path dir;

    private Path classes() throws Exception {
        Path classes = Files.createDirectories(dir.resolve("app/target/classes"));
        Files.createDirectories(dir.resolve("app/src/main/resources"));
        return classes;
    }

    @Test
    void withoutSpringItIsHibernatesDefaults() throws Exception {
        ModelMapping m = ModelMapping.resolve(Settings.Naming.AUTO, List.of(classes()), dir);
        assertThat(m.hibernateDefaults()).isTrue();
        assertThat(m.settings()).isEmpty();
    }

    @Test
    void aSpringApplicationFileMeansSpringDefaultsAndPassesOnlyDdlSettings() throws Exception {
        Path classes = classes();
        Files.writeString(dir.resolve("app/src/main/resources/application.properties"), """
                spring.datasource.url=jdbc:postgresql://localhost/petclinic
                spring.jpa.properties.hibernate.dialect=org.hibernate.dialect.PostgreSQLDialect
                spring.jpa.properties.hibernate.globally_quoted_identifiers=true
                spring.jpa.properties.hibernate.format_sql=true
                """);
        ModelMapping m = ModelMapping.resolve(Settings.Naming.AUTO, List.of(classes), dir);
        assertThat(m.physical()).isEqualTo(ModelMapping.CAMEL_CASE_TO_UNDERSCORES);
        assertThat(m.implicit()).isEqualTo(SpringImplicitNamingStrategy.class.getName());
        assertThat(m.hibernateSettings()).containsOnlyKeys("hibernate.globally_quoted_identifiers");
        assertThat(m.description()).startsWith("spring naming (Spring Boot defaults: ").contains("application.properties");
    }

    @Test
    void springBootOnTheModelsClasspathMeansSpringDefaults() throws Exception {
        Path classes = classes();
        Path marker = dir.resolve("spring-boot/org/springframework/boot/SpringApplication.class");
        Files.createDirectories(marker.getParent());
        Files.write(marker, new byte[]{(byte) 0xCA, (byte) 0xFE});
        ModelMapping m = ModelMapping.resolve(Settings.Naming.AUTO, List.of(classes, dir.resolve("spring-boot")), dir);
        assertThat(m.physical()).isEqualTo(ModelMapping.CAMEL_CASE_TO_UNDERSCORES);
        assertThat(m.description()).contains("Spring Boot on the models classpath");
    }

    @Test
    void explicitSettingsWinInOrder() throws Exception {
        Path classes = classes();
        Files.writeString(dir.resolve("app/src/main/resources/application.yml"), """
                spring:
                  jpa:
                    hibernate:
                      naming:
                        physicalStrategy: com.example.Physical
                """);
        ModelMapping fromApp = ModelMapping.resolve(Settings.Naming.AUTO, List.of(classes), dir);
        assertThat(fromApp.physical()).isEqualTo("com.example.Physical");
        assertThat(fromApp.implicit()).as("the other side keeps Spring's default").isEqualTo(SpringImplicitNamingStrategy.class.getName());

        ModelMapping hibernate = ModelMapping.resolve(new Settings.Naming("hibernate", null, null), List.of(classes), dir);
        assertThat(hibernate.physical()).isNull();
        assertThat(hibernate.implicit()).isNull();
        ModelMapping custom = ModelMapping.resolve(new Settings.Naming(null, "com.example.Mine", null), List.of(classes), dir);
        assertThat(custom.physical()).isEqualTo("com.example.Mine");
        assertThat(custom.description()).isEqualTo("naming from schemactl.yaml");
    }

    @Test
    void hibernatesOwnExportUnderSpringNamingWritesSnakeCaseAndSpringJoinTables() throws Exception {
        ModelMapping spring = ModelMapping.resolve(new Settings.Naming("spring", null, null), List.of(classes()), dir);
        String script = new HibernateModelSource(List.of(ModelFixtures.testClasses()), List.of(PETCLINIC), EngineKind.POSTGRESQL,
                null, spring.settings()).createScript();
        assertThat(script).contains("first_name varchar(255)").contains("birth_date date").contains("create table vets_skills (vet_id integer not null, skills_id integer not null")
                .doesNotContain("firstName").doesNotContain("vets_specialties");

        String plain = new HibernateModelSource(List.of(ModelFixtures.testClasses()), List.of(PETCLINIC), EngineKind.POSTGRESQL,
                null, ModelMapping.HIBERNATE.settings()).createScript();
        assertThat(plain).contains("firstName varchar(255)").contains("create table vets_specialties (Vet_id integer not null, skills_id")
                .doesNotContain("vets_skills");
    }

    @Test
    void aBrokenApplicationFileIsAConfigError() throws Exception {
        Path classes = classes();
        Files.writeString(dir.resolve("app/src/main/resources/application.yml"), "spring: [unclosed\n");
        assertThatThrownBy(() -> ModelMapping.resolve(Settings.Naming.AUTO, List.of(classes), dir))
                .isInstanceOf(SchemactlException.class).hasMessageContaining("application.yml");
    }
}
