package dev.schemactl.source;

import dev.schemactl.config.Settings;
import dev.schemactl.error.ErrorCode;
import dev.schemactl.error.SchemactlException;

import java.io.IOException;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * How the application maps its entities: the naming strategies and the other Hibernate settings that change the
 * DDL, resolved the way the application itself gets them.
 *
 * <p>Precedence: {@code models.naming} in schemactl.yaml; then the application's own settings
 * ({@code spring.jpa.hibernate.naming.physical-strategy} / {@code implicit-strategy}, then
 * {@code spring.jpa.properties.hibernate.physical_naming_strategy} / {@code implicit_naming_strategy}, as Spring Boot
 * applies them); then Spring Boot's defaults (CamelCaseToUnderscoresNamingStrategy and SpringImplicitNamingStrategy)
 * when the application is a Spring Boot application (Spring Boot on the models classpath, or an application file
 * with {@code spring.*} settings); otherwise Hibernate's defaults. Strategy classes load from the models classpath, so
 * a project's own strategy works; Spring's SpringImplicitNamingStrategy is used when it is there, else schemactl's
 * equivalent.
 *
 * @param physical         physical naming strategy class (null: Hibernate's default)
 * @param implicit         implicit naming strategy class or short name (null: Hibernate's default)
 * @param hibernateSettings other Hibernate settings from {@code spring.jpa.properties.hibernate.*} that change DDL
 * @param description      e.g. "spring naming (application.properties)", for the plan's header
 */
public record ModelMapping(String physical, String implicit, Map<String, String> hibernateSettings, String description) {
    public static final String CAMEL_CASE_TO_UNDERSCORES = "org.hibernate.boot.model.naming.CamelCaseToUnderscoresNamingStrategy";
    public static final ModelMapping HIBERNATE = new ModelMapping(null, null, Map.of(), "hibernate naming");

    static final String PHYSICAL_SETTING = "hibernate.physical_naming_strategy";
    static final String IMPLICIT_SETTING = "hibernate.implicit_naming_strategy";
    /** Spring Boot 4, then Spring Boot 2/3. */
    private static final List<String> SPRING_IMPLICIT = List.of("org.springframework.boot.hibernate.SpringImplicitNamingStrategy",
            "org.springframework.boot.orm.jpa.hibernate.SpringImplicitNamingStrategy");
    private static final String SPRING_BOOT_MARKER = "org/springframework/boot/SpringApplication.class";
    /** spring.jpa.properties.hibernate.* settings that change the DDL Hibernate derives; the rest are runtime settings. */
    private static final List<String> DDL_SETTINGS = List.of("hibernate.globally_quoted_identifiers",
            "hibernate.auto_quote_keyword", "hibernate.id.", "hibernate.type.", "hibernate.mapping.", "hibernate.discriminator.",
            "hibernate.use_nationalized_character_data", "hibernate.timezone.", "hibernate.column_ordering_strategy",
            "hibernate.jpa.compliance.");

    public ModelMapping {
        hibernateSettings = java.util.Collections.unmodifiableMap(new TreeMap<>(hibernateSettings));
    }

    /** All Hibernate settings for building the metadata. */
    public Map<String, String> settings() {
        Map<String, String> out = new TreeMap<>(hibernateSettings);
        if (physical != null) out.put(PHYSICAL_SETTING, physical);
        if (implicit != null) out.put(IMPLICIT_SETTING, implicit);
        return out;
    }

    public boolean hibernateDefaults() {
        return physical == null && implicit == null && hibernateSettings.isEmpty();
    }

    /**
     * @param configured {@code models.naming} from schemactl.yaml ({@link Settings.Naming#AUTO}: detect)
     * @param classpath  the models classpath
     * @param projectDir the project folder (its src/main/resources is read too)
     */
    public static ModelMapping resolve(Settings.Naming configured, List<Path> classpath, Path projectDir) {
        Optional<ApplicationProperties> app = ApplicationProperties.find(resourceFolders(classpath, projectDir));
        boolean springOnClasspath = onModelsClasspath(classpath, SPRING_BOOT_MARKER);
        String springImplicit = SPRING_IMPLICIT.stream()
                .filter(c -> onModelsClasspath(classpath, c.replace('.', '/') + ".class")).findFirst()
                .orElse(SpringImplicitNamingStrategy.class.getName());
        Map<String, String> ddl = app.map(ModelMapping::ddlSettings).orElse(Map.of());

        if ("hibernate".equals(configured.preset())) return new ModelMapping(null, null, ddl, "hibernate naming (schemactl.yaml)");
        if ("spring".equals(configured.preset())) {
            return new ModelMapping(CAMEL_CASE_TO_UNDERSCORES, springImplicit, ddl, "spring naming (schemactl.yaml)");
        }
        boolean spring = springOnClasspath || app.map(ApplicationProperties::springApplication).orElse(false);
        if (!configured.auto()) {
            return new ModelMapping(orDefault(configured.physical(), spring ? CAMEL_CASE_TO_UNDERSCORES : null),
                    orDefault(configured.implicit(), spring ? springImplicit : null), ddl, "naming from schemactl.yaml");
        }
        if (app.isPresent()) {
            ApplicationProperties p = app.get();
            Optional<String> physical = p.get("spring.jpa.hibernate.naming.physical-strategy")
                    .or(() -> Optional.ofNullable(p.under("spring.jpa.properties.").get(PHYSICAL_SETTING)));
            Optional<String> implicit = p.get("spring.jpa.hibernate.naming.implicit-strategy")
                    .or(() -> Optional.ofNullable(p.under("spring.jpa.properties.").get(IMPLICIT_SETTING)));
            if (physical.isPresent() || implicit.isPresent()) {
                return new ModelMapping(physical.orElse(spring ? CAMEL_CASE_TO_UNDERSCORES : null),
                        implicit.orElse(spring ? springImplicit : null), ddl, "naming from " + p.origin());
            }
        }
        if (spring) {
            return new ModelMapping(CAMEL_CASE_TO_UNDERSCORES, springImplicit, ddl, "spring naming (Spring Boot defaults: "
                    + (springOnClasspath ? "Spring Boot on the models classpath" : app.get().origin()) + ")");
        }
        return ddl.isEmpty() ? HIBERNATE : new ModelMapping(null, null, ddl, "hibernate naming");
    }

    private static String orDefault(String value, String fallback) {
        return value == null || value.isBlank() ? fallback : value.trim();
    }

    private static Map<String, String> ddlSettings(ApplicationProperties app) {
        Map<String, String> out = new TreeMap<>();
        app.under("spring.jpa.properties.").forEach((k, v) -> {
            String key = k.toLowerCase(Locale.ROOT);
            if (DDL_SETTINGS.stream().anyMatch(key::startsWith) && !v.contains("${")) out.put(k, v);
        });
        return out;
    }

    /**
     * Where the application's settings file can be: each class folder of the models classpath (Maven copies
     * src/main/resources there), the src/main/resources of the module a {@code target/classes} folder belongs to,
     * and the project's own src/main/resources.
     */
    static List<Path> resourceFolders(List<Path> classpath, Path projectDir) {
        LinkedHashSet<Path> out = new LinkedHashSet<>();
        for (Path entry : classpath) {
            Path abs = entry.toAbsolutePath().normalize();
            if (!Files.isDirectory(abs)) continue;
            out.add(abs);
            if (abs.getFileName() != null && abs.getFileName().toString().equals("classes") && abs.getParent() != null
                    && abs.getParent().getParent() != null) {
                out.add(abs.getParent().getParent().resolve("src/main/resources"));
            }
        }
        out.add(projectDir.toAbsolutePath().normalize().resolve("src/main/resources"));
        return new ArrayList<>(out);
    }

    private static boolean onModelsClasspath(List<Path> classpath, String resource) {
        List<URL> urls = new ArrayList<>();
        for (Path p : classpath) {
            try {
                urls.add(p.toAbsolutePath().normalize().toUri().toURL());
            } catch (IOException e) {
                throw new SchemactlException(ErrorCode.MODELS, "unusable models classpath entry " + p,
                        "pass plain file paths of class folders or jars", e);
            }
        }
        try (URLClassLoader loader = new URLClassLoader(urls.toArray(URL[]::new), null)) {
            return loader.findResource(resource) != null;
        } catch (IOException e) {
            return false;
        }
    }
}
