package dev.schemactl.spring;

import dev.schemactl.cli.CliContext;
import dev.schemactl.config.DatabaseUrl;
import dev.schemactl.engine.DatabaseHandle;
import dev.schemactl.engine.MigrationLock;
import dev.schemactl.cli.Main;
import dev.schemactl.spring.app.Customer;
import dev.schemactl.spring.app.CustomerRepository;
import dev.schemactl.spring.app.ShopApplication;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.boot.Banner;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.diagnostics.FailureAnalysis;
import org.springframework.context.ConfigurableApplicationContext;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

/**
 * A real Spring Boot application (JPA, Hibernate validating the schema) with the starter on its classpath, on H2 and on
 * PostgreSQL. The database is read back with plain JDBC.
 */
class StartupMigrationTest {
    private static final String V1 = "20261202090000";
    private static final String V2 = "20261202090100";
    private static final String V3 = "20261202090200";

    @TempDir
    Path project;
    private TestDb db;

    @AfterEach
    void dropDatabase() throws Exception {
        if (db != null) db.close();
    }

    @ParameterizedTest
    @ValueSource(strings = {"h2", "postgresql"})
    void startupAppliesPendingMigrationsBeforeHibernateValidatesTheSchema(String engine) throws Exception {
        db = TestDb.create(engine);
        writeSchemaAndSeed();
        assertThat(db.tableExists("customer")).isFalse();

        try (ConfigurableApplicationContext app = start(Map.of())) {
            CustomerRepository customers = app.getBean(CustomerRepository.class);
            assertThat(customers.count()).isEqualTo(0);
            customers.save(new Customer(1L, "ada", "ada@example.org"));
            assertThat(customers.findById(1L)).get().extracting(Customer::getEmailAddress).isEqualTo("ada@example.org");
            assertThat(app.getBean(SchemactlMigrationInitializer.class).result().versions()).containsExactly(V1, V2);
        }
        assertThat(db.appliedChangesets()).containsExactly(V1 + "-1", V1 + "-2", V2 + "-1");
        assertThat(db.count("customer")).isEqualTo(1);
        assertThat(db.count("old_audit")).isEqualTo(3);

        // a second start finds nothing pending and applies nothing
        try (ConfigurableApplicationContext app = start(Map.of())) {
            assertThat(app.getBean(SchemactlMigrationInitializer.class).result().versions()).isEmpty();
        }
        assertThat(db.appliedChangesets()).hasSize(3);
    }

    @ParameterizedTest
    @ValueSource(strings = {"h2", "postgresql"})
    void migrationsPackagedInTheApplicationAreAppliedFromTheClasspath(String engine) throws Exception {
        db = TestDb.create(engine);

        try (ConfigurableApplicationContext app = start(Map.of("schemactl.migrations-dir", "classpath:db/schemactl"))) {
            assertThat(app.getBean(SchemactlMigrationInitializer.class).result().versions()).containsExactly("20261202080000");
            app.getBean(CustomerRepository.class).save(new Customer(1L, "ada", null));
        }
        assertThat(db.appliedChangesets()).containsExactly("20261202080000-1");
        assertThat(db.count("customer")).isEqualTo(1);
    }

    @ParameterizedTest
    @ValueSource(strings = {"h2", "postgresql"})
    void theMigrationsTablePropertyNamesTheTrackingTableOverSchemactlYaml(String engine) throws Exception {
        db = TestDb.create(engine);
        writeSchemaAndSeed();
        Files.writeString(project.resolve("schemactl.yaml"), "migrations_table: from_file\n");

        try (ConfigurableApplicationContext app = start(Map.of("schemactl.migrations-table", "from_property"))) {
            assertThat(app.getBean(SchemactlMigrationInitializer.class).result().versions()).containsExactly(V1, V2);
        }
        assertThat(db.appliedChangesets("from_property")).containsExactly(V1 + "-1", V1 + "-2", V2 + "-1");
        assertThat(db.tableExists("from_file")).isFalse();
        assertThat(db.tableExists("schema_migrations")).isFalse();

        // the next start reads the same table: nothing pending
        try (ConfigurableApplicationContext app = start(Map.of("schemactl.migrations-table", "from_property"))) {
            assertThat(app.getBean(SchemactlMigrationInitializer.class).result().versions()).isEmpty();
        }
        assertThat(db.count("old_audit")).isEqualTo(3);
    }

    @Test
    void startupWaitsForTheMigrationLockTheCliHolds() throws Exception {
        db = TestDb.create("postgresql");
        writeSchemaAndSeed();
        DatabaseUrl url = DatabaseUrl.parse("postgres://postgres@127.0.0.1:5432/" + db.name, project);
        try (DatabaseHandle cli = DatabaseHandle.open(url, Duration.ofSeconds(5));
             MigrationLock held = cli.engine().acquireMigrationLock(cli, Duration.ofSeconds(5))) {
            Throwable failure = catchThrowable(() -> start(Map.of("schemactl.lock-timeout", "1s")).close());

            SchemactlStartupException refused = cause(failure, SchemactlStartupException.class);
            assertThat(refused).as("%s", failure).isNotNull();
            assertThat(refused.getMessage()).contains("holds the migration lock");
            assertThat(db.tableExists("customer")).isFalse();
        }
        try (ConfigurableApplicationContext app = start(Map.of("schemactl.lock-timeout", "1s"))) {
            assertThat(app.getBean(SchemactlMigrationInitializer.class).result().versions()).containsExactly(V1, V2);
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"h2", "postgresql"})
    void disabledStarterLeavesTheSchemaToTheApplication(String engine) throws Exception {
        db = TestDb.create(engine);
        writeSchemaAndSeed();

        Throwable failure = catchThrowable(() -> start(Map.of("schemactl.enabled", "false")).close());

        // without schemactl's migrations Hibernate's validation finds no table: the ordering of the test above is real
        assertThat(failure).isNotNull();
        assertThat(rootMessage(failure)).containsIgnoringCase("missing table").containsIgnoringCase("customer");
        assertThat(db.tableExists("customer")).isFalse();
        assertThat(db.tableExists("schema_migrations")).isFalse();
    }

    @ParameterizedTest
    @ValueSource(strings = {"h2", "postgresql"})
    void destructivePendingMigrationStopsTheStartupUntilAHumanApprovesIt(String engine) throws Exception {
        db = TestDb.create(engine);
        writeSchemaAndSeed();
        start(Map.of()).close();
        migration(V3, "drop_old_audit", "DROP TABLE old_audit;",
                "CREATE TABLE old_audit (id bigint NOT NULL, note varchar(100), CONSTRAINT pk_old_audit PRIMARY KEY (id));");

        Throwable failure = catchThrowable(() -> start(Map.of()).close());

        SchemactlStartupException refused = cause(failure, SchemactlStartupException.class);
        assertThat(refused).as("the startup fails with schemactl's refusal: %s", failure).isNotNull();
        assertThat(refused.getMessage())
                .contains("confirmation required by policy")
                .contains("schemactl approve")
                .contains("DS-DROP-TABLE")
                .contains("old_audit")
                .doesNotContain("\tat ");
        assertThat(refused.approveCommand()).isEqualTo("schemactl approve " + V3 + " --url " + db.jdbcUrl().replace(";DB_CLOSE_DELAY=-1", "")
                + " --migrations-dir " + project.resolve("db"));
        assertThat(refused.getMessage()).contains("`" + refused.approveCommand() + "`");
        FailureAnalysis analysis = new SchemactlFailureAnalyzer().analyze(failure);
        assertThat(analysis.getDescription()).isEqualTo(refused.getMessage());
        assertThat(analysis.getAction()).contains(refused.approveCommand()).contains("schemactl.confirm-token");
        // nothing applied: the tracking table and the data are as before
        assertThat(db.appliedChangesets()).containsExactly(V1 + "-1", V1 + "-2", V2 + "-1");
        assertThat(db.count("old_audit")).isEqualTo(3);

        // a wrong token does not let it through either
        Throwable forged = catchThrowable(() -> start(Map.of("schemactl.confirm-token", "sc1.forged")).close());
        assertThat(cause(forged, SchemactlStartupException.class)).isNotNull();
        assertThat(db.count("old_audit")).isEqualTo(3);

        String token = approveAtTerminal(refused.approveCommand(), "old_audit");
        try (ConfigurableApplicationContext app = start(Map.of("schemactl.confirm-token", token))) {
            assertThat(app.getBean(SchemactlMigrationInitializer.class).result().versions()).containsExactly(V3);
            app.getBean(CustomerRepository.class).save(new Customer(7L, "grace", null));
        }
        assertThat(db.appliedChangesets()).containsExactly(V1 + "-1", V1 + "-2", V2 + "-1", V3 + "-1");
        assertThat(db.tableExists("old_audit")).isFalse();

        // the token was for that plan, once: it does not let another destructive plan through
        migration("20261202090300", "drop_customer", "DROP TABLE customer;", "CREATE TABLE customer (id bigint NOT NULL);");
        Throwable replay = catchThrowable(() -> start(Map.of("schemactl.confirm-token", token)).close());
        assertThat(cause(replay, SchemactlStartupException.class)).isNotNull();
        assertThat(cause(replay, SchemactlStartupException.class).getMessage()).contains("customer");
        assertThat(db.count("customer")).isEqualTo(1);
        assertThat(db.appliedChangesets()).hasSize(4);
    }

    private ConfigurableApplicationContext start(Map<String, String> extra) {
        Map<String, Object> props = new LinkedHashMap<>();
        props.put("spring.datasource.url", db.jdbcUrl());
        props.put("spring.datasource.username", db.user());
        props.put("spring.datasource.password", "");
        props.put("spring.jpa.hibernate.ddl-auto", "validate");
        props.put("spring.jpa.open-in-view", "false");
        props.put("schemactl.project-dir", project.toString());
        props.put("schemactl.migrations-dir", project.resolve("db").toString());
        props.putAll(extra);
        return new SpringApplicationBuilder(ShopApplication.class).web(WebApplicationType.NONE)
                .bannerMode(Banner.Mode.OFF).logStartupInfo(false).properties(props).run();
    }

    /** V1 creates the tables the entity maps and one it does not, V2 puts rows in the latter. */
    private void writeSchemaAndSeed() throws IOException {
        Files.createDirectories(project.resolve("db").resolve("versions"));
        Files.writeString(project.resolve("db").resolve("versions").resolve(V1 + "_create_customer.sql").toAbsolutePath(), """
                --liquibase formatted sql

                --changeset schemactl:%s-1
                CREATE TABLE customer (id bigint NOT NULL, name varchar(100) NOT NULL, email_address varchar(200), CONSTRAINT pk_customer PRIMARY KEY (id));
                --rollback DROP TABLE customer;

                --changeset schemactl:%s-2
                CREATE TABLE old_audit (id bigint NOT NULL, note varchar(100), CONSTRAINT pk_old_audit PRIMARY KEY (id));
                --rollback DROP TABLE old_audit;
                """.formatted(V1, V1), java.nio.file.StandardOpenOption.CREATE_NEW);
        migration(V2, "seed_old_audit", "INSERT INTO old_audit (id, note) VALUES (1, 'a'), (2, 'b'), (3, 'c');",
                "DELETE FROM old_audit WHERE id IN (1, 2, 3);");
    }

    private void migration(String version, String slug, String sql, String rollback) throws IOException {
        Path versions = project.resolve("db").resolve("versions");
        Files.createDirectories(versions);
        Files.writeString(versions.resolve(version + "_" + slug + ".sql"), """
                --liquibase formatted sql

                --changeset schemactl:%s-1
                %s
                --rollback %s
                """.formatted(version, sql, rollback));
    }

    /** `schemactl approve` as a human runs it at a terminal, typing the confirmation phrase; returns the token it prints. */
    private String approveAtTerminal(String command, String typed) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        Map<String, String> env = Map.of("XDG_CONFIG_HOME", System.getenv("XDG_CONFIG_HOME"), "HOME", project.toString());
        CliContext context = new CliContext(new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8),
                new ByteArrayInputStream((typed + "\n").getBytes(StandardCharsets.UTF_8)), env, project, true);
        // exactly the command the refusal printed
        String[] args = command.substring("schemactl ".length()).split(" ");
        int exit = Main.run(args, context);
        assertThat(exit).as("approve: %s", err.toString(StandardCharsets.UTF_8)).isZero();
        String token = out.toString(StandardCharsets.UTF_8).strip();
        assertThat(token).startsWith("sc1.");
        return token;
    }

    private static <T extends Throwable> T cause(Throwable t, Class<T> type) {
        for (Throwable c = t; c != null; c = c.getCause()) {
            if (type.isInstance(c)) return type.cast(c);
        }
        return null;
    }

    private static String rootMessage(Throwable t) {
        StringBuilder all = new StringBuilder();
        for (Throwable c = t; c != null; c = c.getCause()) all.append(c.getMessage()).append('\n');
        return all.toString();
    }
}
