package dev.schemactl.source;

import dev.schemactl.engine.EngineKind;
import dev.schemactl.engine.Engines;
import dev.schemactl.error.ErrorCode;
import dev.schemactl.error.SchemactlException;
import dev.schemactl.schema.Schema;
import jakarta.persistence.Converter;
import jakarta.persistence.Embeddable;
import jakarta.persistence.Entity;
import jakarta.persistence.MappedSuperclass;
import org.hibernate.boot.Metadata;
import org.hibernate.boot.MetadataSources;
import org.hibernate.boot.registry.BootstrapServiceRegistry;
import org.hibernate.boot.registry.BootstrapServiceRegistryBuilder;
import org.hibernate.boot.registry.StandardServiceRegistry;
import org.hibernate.boot.registry.StandardServiceRegistryBuilder;
import org.hibernate.boot.spi.MetadataImplementor;
import org.hibernate.tool.schema.spi.DelayedDropRegistryNotAvailableImpl;
import org.hibernate.tool.schema.spi.SchemaManagementToolCoordinator;
import org.hibernate.cfg.JdbcSettings;
import org.hibernate.dialect.Dialect;
import org.hibernate.engine.jdbc.dialect.spi.DialectFactory;

import java.io.IOException;
import java.io.StringWriter;
import java.net.MalformedURLException;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.regex.Pattern;

/**
 * Reads JPA / Hibernate 7 entity classes into the neutral {@link Schema}, offline.
 *
 * <p>The classes are loaded from the given class folders and jars in a child class loader; every
 * {@code @Entity}, {@code @Embeddable}, {@code @MappedSuperclass} and {@code @Converter} class in the given
 * packages (and their sub-packages) is handed to Hibernate, sorted by name. Hibernate builds its boot
 * {@link Metadata} with the engine's dialect at an explicit server version and with JDBC metadata access
 * disabled; its connection provider refuses to connect, so no database is ever contacted. The relational
 * model Hibernate's schema export would create is then converted table by table, column types going through
 * the engine's {@link dev.schemactl.engine.TypeNames} exactly like the live-database inspector's.
 *
 * <p>Anything that cannot be represented in the model fails with {@link ErrorCode#MODELS}; nothing is skipped
 * silently. XML mappings (orm.xml, hbm.xml) are not read.
 */
public final class HibernateModelSource {
    private static final Pattern PACKAGE = Pattern.compile("[\\p{javaJavaIdentifierStart}][\\p{javaJavaIdentifierPart}]*"
            + "(\\.[\\p{javaJavaIdentifierStart}][\\p{javaJavaIdentifierPart}]*)*");
    /** Setting prefixes a caller may not use: they would connect to a database or change the target. */
    private static final List<String> RESERVED = List.of("hibernate.connection", "hibernate.dialect", "hibernate.hbm2ddl",
            "hibernate.boot.allow_jdbc_metadata_access", "hibernate.temp.use_jdbc_metadata_defaults",
            "jakarta.persistence.jdbc.", "javax.persistence.jdbc.", "jakarta.persistence.schema-generation",
            "javax.persistence.schema-generation", "jakarta.persistence.database-", "javax.persistence.database-",
            "jakarta.persistence.jtadatasource", "jakarta.persistence.nonjtadatasource", "javax.persistence.jtadatasource",
            "javax.persistence.nonjtadatasource");

    private final List<Path> classpath;
    private final List<String> packages;
    private final EngineKind engine;
    private final String serverVersion;
    private final Map<String, String> hibernateSettings;

    /**
     * @param classpath     class folders and jars holding the model classes (and the libraries they need)
     * @param packages      packages to scan, sub-packages included
     * @param engine        the target engine (chooses the Hibernate dialect and the type normalization)
     * @param serverVersion the target server version, e.g. "15" or "10.11.6"; null for PostgreSQL 15,
     *                      MariaDB 10.11 or H2 2.3
     */
    public HibernateModelSource(List<Path> classpath, List<String> packages, EngineKind engine, String serverVersion) {
        this(classpath, packages, engine, serverVersion, Map.of());
    }

    /**
     * As above, plus Hibernate settings that shape the DDL the application gets (a naming strategy, a
     * preferred JDBC type...). Connection, dialect and schema-generation settings are refused.
     */
    public HibernateModelSource(List<Path> classpath, List<String> packages, EngineKind engine, String serverVersion,
                                Map<String, String> hibernateSettings) {
        this.classpath = List.copyOf(Objects.requireNonNull(classpath, "classpath"));
        this.packages = normalizePackages(Objects.requireNonNull(packages, "packages"));
        this.engine = Objects.requireNonNull(engine, "engine");
        this.serverVersion = serverVersion;
        this.hibernateSettings = Map.copyOf(hibernateSettings);
        for (String key : this.hibernateSettings.keySet()) {
            String lower = key.toLowerCase(Locale.ROOT);
            if (RESERVED.stream().anyMatch(lower::startsWith) || lower.contains("datasource")) {
                throw new SchemactlException(ErrorCode.CONFIG, "Hibernate setting " + key + " cannot be set when reading models",
                        "schemactl chooses the dialect itself and never connects while reading models; drop the setting");
            }
        }
    }

    /** Convenience for {@code new HibernateModelSource(...).read()}. */
    public static Schema read(List<Path> classpath, List<String> packages, EngineKind engine, String serverVersion) {
        return new HibernateModelSource(classpath, packages, engine, serverVersion).read();
    }

    public Schema read() {
        return withMetadata(metadata -> new HibernateMappingConverter(metadata, Engines.of(engine).typeNames(),
                Engines.of(engine).keepsUnquotedNameCase(), Engines.of(engine).keepsInlineChecksWithTheColumn(),
                Engines.of(engine)::numberedCheckName).convert());
    }

    /**
     * The CREATE script Hibernate's own schema export writes for these models and this dialect, one statement
     * per line ending in ';' (for tests that apply it to a real database and compare).
     */
    String createScript() {
        return withMetadata(metadata -> {
            StringWriter script = new StringWriter();
            Map<String, Object> settings = new HashMap<>();
            settings.put("jakarta.persistence.schema-generation.scripts.action", "create");
            settings.put("jakarta.persistence.schema-generation.scripts.create-target", script);
            settings.put("hibernate.hbm2ddl.delimiter", ";");
            settings.put("hibernate.format_sql", "false");
            SchemaManagementToolCoordinator.process(metadata, ((MetadataImplementor) metadata).getMetadataBuildingOptions()
                    .getServiceRegistry(), settings, DelayedDropRegistryNotAvailableImpl.INSTANCE);
            return script.toString();
        });
    }

    private <T> T withMetadata(Function<Metadata, T> action) {
        if (classpath.isEmpty()) {
            throw new SchemactlException(ErrorCode.MODELS, "no models classpath given",
                    "pass the class folders or jars that hold the entity classes (e.g. target/classes)");
        }
        if (packages.isEmpty()) {
            throw new SchemactlException(ErrorCode.MODELS, "no model packages given",
                    "pass the packages that hold the entity classes, e.g. com.example.shop.model");
        }
        List<ClassScanner.Found> found = ClassScanner.scan(classpath, packages);
        try (URLClassLoader loader = new URLClassLoader("schemactl-models", urls(classpath),
                HibernateModelSource.class.getClassLoader())) {
            List<Class<?>> classes = modelClasses(found, loader);
            Thread thread = Thread.currentThread();
            ClassLoader previous = thread.getContextClassLoader();
            thread.setContextClassLoader(loader);
            try {
                return build(classes, ClassScanner.packagesWithInfo(found), loader, action);
            } finally {
                thread.setContextClassLoader(previous);
            }
        } catch (IOException e) {
            throw new SchemactlException(ErrorCode.MODELS, "cannot close the models class loader: " + e.getMessage(),
                    "retry; if it persists report a bug", e);
        }
    }

    private List<Class<?>> modelClasses(List<ClassScanner.Found> found, ClassLoader loader) {
        List<Class<?>> classes = new ArrayList<>();
        boolean anyEntity = false;
        for (ClassScanner.Found f : found) { // sorted by name
            if (f.javaxPersistence() && !f.jpaCandidate()) {
                throw new SchemactlException(ErrorCode.MODELS, "class " + f.className() + " uses javax.persistence annotations",
                        "Hibernate 7 reads jakarta.persistence only: migrate the imports from javax.persistence to jakarta.persistence");
            }
            if (!f.jpaCandidate()) continue;
            Class<?> type;
            try {
                type = Class.forName(f.className(), false, loader);
            } catch (ClassNotFoundException | LinkageError e) {
                throw new SchemactlException(ErrorCode.MODELS, "cannot load model class " + f.className() + " from "
                        + f.origin() + ": " + e, "add the jars it depends on to the models classpath", e);
            }
            boolean entity = type.isAnnotationPresent(Entity.class);
            if (entity || type.isAnnotationPresent(Embeddable.class) || type.isAnnotationPresent(MappedSuperclass.class)
                    || type.isAnnotationPresent(Converter.class)) {
                classes.add(type);
                anyEntity |= entity;
            }
        }
        if (!anyEntity) {
            throw new SchemactlException(ErrorCode.MODELS, "no @Entity classes in packages " + packages + " of " + classpath,
                    "check the package names (sub-packages are included) and that the classes are compiled into those folders or jars");
        }
        return classes;
    }

    private <T> T build(List<Class<?>> classes, TreeSet<String> infoPackages, ClassLoader loader,
                        Function<Metadata, T> action) {
        BootstrapServiceRegistry bootstrap = new BootstrapServiceRegistryBuilder().applyClassLoader(loader).build();
        StandardServiceRegistry registry = null;
        try {
            StandardServiceRegistryBuilder builder = new StandardServiceRegistryBuilder(bootstrap).clearSettings();
            Map<String, Object> settings = new HashMap<>(hibernateSettings);
            Dialect dialect = DialectChoice.dialect(engine, serverVersion);
            settings.put(JdbcSettings.ALLOW_METADATA_ON_BOOT, "false");
            settings.put(JdbcSettings.CONNECTION_PROVIDER, new NoConnectionProvider());
            // the dialect comes from a DialectFactory service rather than the hibernate.dialect setting, which
            // Hibernate answers with a deprecation warning for every built-in dialect
            registry = builder.applySettings(settings)
                    .addService(DialectFactory.class, (configValues, resolutionInfoSource) -> dialect)
                    .build();
            MetadataSources sources = new MetadataSources(registry);
            infoPackages.forEach(sources::addPackage);
            classes.forEach(sources::addAnnotatedClass);
            Metadata metadata = sources.getMetadataBuilder().build();
            return action.apply(metadata);
        } catch (SchemactlException e) {
            throw e;
        } catch (RuntimeException | LinkageError e) {
            throw new SchemactlException(ErrorCode.MODELS, "Hibernate cannot map the models: " + describe(e),
                    "fix the mapping the message names; schemactl reads exactly what Hibernate " + versionOfHibernate()
                            + " would create", e);
        } finally {
            if (registry != null) StandardServiceRegistryBuilder.destroy(registry);
            bootstrap.close();
        }
    }

    private static String describe(Throwable e) {
        StringBuilder out = new StringBuilder(message(e));
        Throwable cause = e.getCause();
        while (cause != null && cause != cause.getCause()) {
            String m = message(cause);
            if (!out.toString().contains(m)) out.append(" (").append(m).append(')');
            cause = cause.getCause();
        }
        return out.toString();
    }

    private static String message(Throwable e) {
        String m = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
        return m.replaceAll("\\s*\\R\\s*", " ").trim();
    }

    private static String versionOfHibernate() {
        String v = org.hibernate.Version.getVersionString();
        return v == null ? "" : v;
    }

    private static URL[] urls(List<Path> classpath) {
        List<URL> urls = new ArrayList<>();
        for (Path entry : classpath) {
            try {
                urls.add(entry.toAbsolutePath().normalize().toUri().toURL());
            } catch (MalformedURLException e) {
                throw new SchemactlException(ErrorCode.MODELS, "unusable models classpath entry " + entry,
                        "pass plain file paths of class folders or jars", e);
            }
        }
        return urls.toArray(URL[]::new);
    }

    private static List<String> normalizePackages(List<String> packages) {
        LinkedHashMap<String, String> out = new LinkedHashMap<>();
        for (String raw : packages) {
            String p = raw == null ? "" : raw.trim();
            if (p.endsWith(".*")) p = p.substring(0, p.length() - 2);
            if (p.endsWith(".")) p = p.substring(0, p.length() - 1);
            if (!PACKAGE.matcher(p).matches()) {
                throw new SchemactlException(ErrorCode.MODELS, "not a Java package name: '" + raw + "'",
                        "give packages like com.example.model (sub-packages are scanned too)");
            }
            out.put(p, p);
        }
        return List.copyOf(new TreeSet<>(out.keySet()));
    }
}
