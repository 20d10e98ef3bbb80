package dev.schemactl.source;

import dev.schemactl.engine.EngineKind;
import dev.schemactl.error.ErrorCode;
import dev.schemactl.error.SchemactlException;
import dev.schemactl.schema.Schema;
import dev.schemactl.schema.Table;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.Driver;
import java.sql.DriverManager;
import java.sql.DriverPropertyInfo;
import java.sql.SQLException;
import java.sql.SQLFeatureNotSupportedException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.jar.JarEntry;
import java.util.jar.JarOutputStream;
import java.util.logging.Logger;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Determinism, offline operation, quiet stdout and the MODELS errors. */
class HibernateModelSourceBehaviourTest {

    // ---- determinism

    @ParameterizedTest
    @EnumSource(EngineKind.class)
    void readingTwiceGivesEqualSchemas(EngineKind kind) {
        assertThat(ModelFixtures.readModel(kind)).isEqualTo(ModelFixtures.readModel(kind));
    }

    @ParameterizedTest
    @EnumSource(EngineKind.class)
    void theOrderOfPackagesAndClasspathEntriesDoesNotMatter(EngineKind kind) {
        Path model = ModelFixtures.testClasses();
        Path shop = ModelFixtures.shopClasses();
        Schema forward = HibernateModelSource.read(List.of(model, shop),
                List.of(ModelFixtures.MODEL_PACKAGE, ModelFixtures.SHOP_PACKAGE), kind, null);
        Schema backward = HibernateModelSource.read(List.of(shop, model),
                List.of(ModelFixtures.SHOP_PACKAGE, ModelFixtures.MODEL_PACKAGE + ".inheritance", ModelFixtures.MODEL_PACKAGE), kind, null);
        assertThat(backward).isEqualTo(forward);
        // and reading both at once is the union of reading each
        List<Table> union = new ArrayList<>(ModelFixtures.readModel(kind).tables());
        union.addAll(ModelFixtures.readShop(kind).tables());
        assertThat(forward).isEqualTo(new Schema(union, ModelFixtures.readModel(kind).sequences()));
    }

    @Test
    void readsJarsLikeClassFolders(@TempDir Path dir) throws IOException {
        Path root = ModelFixtures.testClasses();
        Path jar = dir.resolve("model.jar");
        Path modelDir = root.resolve(ModelFixtures.MODEL_PACKAGE.replace('.', '/'));
        try (JarOutputStream out = new JarOutputStream(Files.newOutputStream(jar)); Stream<Path> files = Files.walk(modelDir)) {
            for (Path file : files.filter(Files::isRegularFile).sorted().toList()) {
                out.putNextEntry(new JarEntry(root.relativize(file).toString().replace('\\', '/')));
                Files.copy(file, out);
                out.closeEntry();
            }
        }
        for (EngineKind kind : EngineKind.values()) {
            assertThat(HibernateModelSource.read(List.of(jar), List.of(ModelFixtures.MODEL_PACKAGE), kind, null))
                    .isEqualTo(ModelFixtures.readModel(kind));
        }
    }

    @Test
    void packageSpellingsAreNormalized() {
        assertThat(HibernateModelSource.read(List.of(ModelFixtures.shopClasses()),
                List.of(" dev.schemactl.examples.shop.* ", "dev.schemactl.examples.shop"), EngineKind.H2, null))
                .isEqualTo(ModelFixtures.readShop(EngineKind.H2));
    }

    // ---- offline, quiet

    /**
     * No JDBC URL is configured anywhere in this test JVM for Hibernate; to prove nothing connects, a bogus
     * URL is even planted in the system properties Hibernate would otherwise pick up, and a spy driver
     * records every connection attempt made through DriverManager.
     */
    @Test
    void neverConnectsToADatabaseAndPrintsNothingOnStdout() throws Exception {
        SpyDriver spy = new SpyDriver();
        DriverManager.registerDriver(spy);
        Map<String, String> planted = Map.of("hibernate.connection.url", "jdbc:spy://nowhere",
                "jakarta.persistence.jdbc.url", "jdbc:spy://nowhere", "hibernate.hbm2ddl.auto", "create");
        planted.forEach(System::setProperty);
        PrintStream originalOut = System.out;
        ByteArrayOutputStream stdout = new ByteArrayOutputStream();
        try {
            System.setOut(new PrintStream(stdout, true));
            for (EngineKind kind : EngineKind.values()) {
                assertThat(ModelFixtures.readModel(kind).tables()).isNotEmpty();
                assertThat(ModelFixtures.readShop(kind).tables()).isNotEmpty();
            }
        } finally {
            System.setOut(originalOut);
            planted.keySet().forEach(System::clearProperty);
            DriverManager.deregisterDriver(spy);
        }
        assertThat(spy.attempts.get()).as("connection attempts").isZero();
        assertThat(stdout.toString()).as("stdout").isEmpty();
        assertThatThrownBy(() -> new NoConnectionProvider().getConnection()).isInstanceOf(SQLException.class);
    }

    static final class SpyDriver implements Driver {
        final AtomicInteger attempts = new AtomicInteger();

        @Override
        public Connection connect(String url, Properties info) throws SQLException {
            attempts.incrementAndGet();
            throw new SQLException("the model source must not connect (" + url + ")");
        }

        @Override
        public boolean acceptsURL(String url) {
            attempts.incrementAndGet();
            return url.startsWith("jdbc:spy:");
        }

        @Override
        public DriverPropertyInfo[] getPropertyInfo(String url, Properties info) {
            return new DriverPropertyInfo[0];
        }

        @Override
        public int getMajorVersion() {
            return 1;
        }

        @Override
        public int getMinorVersion() {
            return 0;
        }

        @Override
        public boolean jdbcCompliant() {
            return false;
        }

        @Override
        public Logger getParentLogger() throws SQLFeatureNotSupportedException {
            throw new SQLFeatureNotSupportedException();
        }
    }

    // ---- errors

    @Test
    void aMissingClasspathEntryIsAModelsError() {
        Path missing = Path.of("does/not/exist/classes");
        assertModelsError(() -> HibernateModelSource.read(List.of(ModelFixtures.testClasses(), missing),
                List.of(ModelFixtures.MODEL_PACKAGE), EngineKind.H2, null), "models classpath entry not found", missing.toString());
        assertModelsError(() -> HibernateModelSource.read(List.of(), List.of(ModelFixtures.MODEL_PACKAGE), EngineKind.H2, null),
                "no models classpath");
    }

    @Test
    void aPackageWithoutEntitiesIsAModelsError() {
        assertModelsError(() -> HibernateModelSource.read(List.of(ModelFixtures.testClasses()),
                List.of("dev.schemactl.source.invalid.noentities"), EngineKind.H2, null), "no @Entity classes", "noentities");
        assertModelsError(() -> HibernateModelSource.read(List.of(ModelFixtures.testClasses()),
                List.of("com.example.nothing.here"), EngineKind.POSTGRESQL, null), "no @Entity classes", "com.example.nothing.here");
        assertModelsError(() -> HibernateModelSource.read(List.of(ModelFixtures.testClasses()),
                List.of(), EngineKind.POSTGRESQL, null), "no model packages");
        assertModelsError(() -> HibernateModelSource.read(List.of(ModelFixtures.testClasses()),
                List.of("not a package"), EngineKind.POSTGRESQL, null), "not a Java package name");
    }

    @Test
    void aTableInAnotherSchemaIsAModelsError() {
        assertModelsError(() -> read("dev.schemactl.source.invalid.otherschema"),
                "table elsewhere of dev.schemactl.source.invalid.otherschema.Elsewhere is declared in schema archive");
    }

    @Test
    void aCollationIsAModelsError() {
        assertModelsError(() -> read("dev.schemactl.source.invalid.collation"),
                "column collated.name of dev.schemactl.source.invalid.collation.Collated has collation C");
    }

    @Test
    void aMappingHibernateRefusesIsAModelsError() {
        assertModelsError(() -> read("dev.schemactl.source.invalid.broken"), "Hibernate cannot map the models", "Dangling");
    }

    @Test
    void connectionAndDialectSettingsAreRefused() {
        assertThatThrownBy(() -> new HibernateModelSource(List.of(ModelFixtures.testClasses()), List.of(ModelFixtures.MODEL_PACKAGE),
                EngineKind.H2, null, Map.of("hibernate.connection.url", "jdbc:h2:mem:x")))
                .isInstanceOfSatisfying(SchemactlException.class, e -> assertThat(e.code()).isEqualTo(ErrorCode.CONFIG));
        assertThatThrownBy(() -> new HibernateModelSource(List.of(ModelFixtures.testClasses()), List.of(ModelFixtures.MODEL_PACKAGE),
                EngineKind.H2, null, Map.of("hibernate.dialect", "org.hibernate.dialect.OracleDialect")))
                .isInstanceOfSatisfying(SchemactlException.class, e -> assertThat(e.code()).isEqualTo(ErrorCode.CONFIG));
        assertThatThrownBy(() -> HibernateModelSource.read(List.of(ModelFixtures.testClasses()), List.of(ModelFixtures.MODEL_PACKAGE),
                EngineKind.H2, "latest"))
                .isInstanceOfSatisfying(SchemactlException.class, e -> assertThat(e.code()).isEqualTo(ErrorCode.CONFIG));
    }

    private static Schema read(String pkg) {
        return HibernateModelSource.read(List.of(ModelFixtures.testClasses()), List.of(pkg), EngineKind.POSTGRESQL, null);
    }

    private static void assertModelsError(Runnable action, String... fragments) {
        assertThatThrownBy(action::run).isInstanceOfSatisfying(SchemactlException.class, e -> {
            assertThat(e.code()).isEqualTo(ErrorCode.MODELS);
            assertThat(e.getMessage()).contains(fragments).doesNotContain("\n");
            assertThat(e.hint()).isNotBlank();
        });
    }
}
