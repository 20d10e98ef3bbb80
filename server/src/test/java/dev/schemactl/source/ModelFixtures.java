package dev.schemactl.source;

import dev.schemactl.engine.EngineKind;
import dev.schemactl.schema.Schema;

import java.net.URISyntaxException;
import java.net.URL;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;

/** Where the test model and the shop example live, and how to apply Hibernate's own DDL to a database. */
final class ModelFixtures {
    static final String MODEL_PACKAGE = "dev.schemactl.source.model";
    static final String SHOP_PACKAGE = "dev.schemactl.examples.shop";

    private ModelFixtures() {
    }

    /** The test-classes directory that holds the test model. */
    static Path testClasses() {
        return classpathRoot(ModelFixtures.class, "dev/schemactl/source/model/Author.class");
    }

    /** examples/shop/target/classes (or the shop jar), found through the Customer class on the test classpath. */
    static Path shopClasses() {
        try {
            return classpathRoot(Class.forName(SHOP_PACKAGE + ".Customer"), "dev/schemactl/examples/shop/Customer.class");
        } catch (ClassNotFoundException e) {
            throw new IllegalStateException("the shop example is not on the test classpath", e);
        }
    }

    static Schema readModel(EngineKind kind) {
        return HibernateModelSource.read(List.of(testClasses()), List.of(MODEL_PACKAGE), kind, null);
    }

    static Schema readShop(EngineKind kind) {
        return HibernateModelSource.read(List.of(shopClasses()), List.of(SHOP_PACKAGE), kind, null);
    }

    private static Path classpathRoot(Class<?> anchor, String resource) {
        URL url = anchor.getClassLoader().getResource(resource);
        if (url == null) throw new IllegalStateException(resource + " is not on the test classpath");
        try {
            if ("jar".equals(url.getProtocol())) {
                String file = url.getPath();
                return Path.of(new URL(file.substring(0, file.indexOf("!/"))).toURI());
            }
            Path path = Path.of(url.toURI());
            for (int i = 0; i < resource.split("/").length; i++) path = path.getParent();
            return path;
        } catch (URISyntaxException | java.net.MalformedURLException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Runs Hibernate's create script (one statement per line) on a connection. */
    static void applyHibernateDdl(HibernateModelSource source, Connection connection) throws SQLException {
        String script = source.createScript();
        try (Statement st = connection.createStatement()) {
            for (String line : script.split("\\R")) {
                String sql = line.strip();
                if (sql.isEmpty()) continue;
                if (sql.endsWith(";")) sql = sql.substring(0, sql.length() - 1);
                try {
                    st.execute(sql);
                } catch (SQLException e) {
                    throw new SQLException("failed: " + sql + ": " + e.getMessage(), e);
                }
            }
        }
    }
}
