package dev.schemactl.service;

import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import dev.schemactl.engine.EngineKind;
import dev.schemactl.testing.Cli;
import dev.schemactl.testing.MigrationFiles;
import dev.schemactl.testing.TestDatabase;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * `lint --format sarif|github|markdown` (issue 10, section 3). The SARIF is validated against the published SARIF 2.1.0
 * JSON schema (src/test/resources/sarif, see SOURCE.md there), and every finding of `--format json` appears with its
 * rule, level and the file and line of its statement.
 */
class LintReportsTest {
    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final String V1 = "20260101000000";
    private static Schema sarifSchema;
    private static TestDatabase db;

    @TempDir
    static Path dir;

    @BeforeAll
    static void setUp() throws Exception {
        try (InputStream in = LintReportsTest.class.getResourceAsStream("/sarif/sarif-schema-2.1.0.json")) {
            sarifSchema = SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_4).getSchema(JSON.readTree(in));
        }
        db = TestDatabase.create(EngineKind.H2);
        try (Connection c = db.connect(); Statement st = c.createStatement()) {
            st.execute("CREATE TABLE widgets (id INT PRIMARY KEY, name VARCHAR(50), price INT)");
            st.execute("INSERT INTO widgets VALUES (1, 'a', 1), (2, 'b', 2), (3, 'c', 3)");
        }
        Files.writeString(dir.resolve("change.sql"), """
                -- a reviewed change
                ALTER TABLE widgets DROP COLUMN price;

                ALTER TABLE widgets
                  ADD COLUMN sku VARCHAR(20) NOT NULL;
                """);
        MigrationFiles.write(dir, V1, "drop_name", EngineKind.H2,
                "ALTER TABLE widgets DROP COLUMN name;\n--rollback ALTER TABLE widgets ADD name VARCHAR(50);");
    }

    @AfterAll
    static void tearDown() {
        if (db != null) db.close();
    }

    private Cli cli() {
        return new Cli(dir).env("DATABASE_URL", db.urlText());
    }

    @Test
    void sarifIsValidAgainstThePublishedSchemaAndHasOneResultPerFindingWithFileAndLine() throws Exception {
        Cli.Run json = cli().run("lint", "change.sql", "--format", "json");
        assertThat(json.exit()).as(json.all()).isZero();
        JsonNode findings = JSON.readTree(json.out()).path("report").path("findings");
        assertThat(findings.size()).isGreaterThanOrEqualTo(2);

        Cli.Run run = cli().run("lint", "change.sql", "--format", "sarif");
        assertThat(run.exit()).as(run.all()).isZero();
        JsonNode sarif = JSON.readTree(run.out());
        assertThat(sarifSchema.validate(sarif)).as(run.out()).isEmpty();

        assertThat(sarif.path("version").asString()).isEqualTo("2.1.0");
        JsonNode sarifRun = sarif.path("runs").get(0);
        JsonNode rules = sarifRun.path("tool").path("driver").path("rules");
        JsonNode results = sarifRun.path("results");
        assertThat(results.size()).isEqualTo(findings.size());
        for (int i = 0; i < findings.size(); i++) {
            JsonNode result = results.get(i);
            assertThat(result.path("ruleId").asString()).isEqualTo(findings.get(i).path("ruleId").asString());
            JsonNode rule = rules.get(result.path("ruleIndex").asInt());
            assertThat(rule.path("id").asString()).isEqualTo(result.path("ruleId").asString());
            assertThat(rule.path("help").path("text").asString()).contains("Safer: ");
        }
        JsonNode drop = find(results, "DS-DROP-COLUMN");
        assertThat(drop.path("level").asString()).isEqualTo("warning"); // high, one down for 3 rows: medium
        JsonNode physical = drop.path("locations").get(0).path("physicalLocation");
        assertThat(physical.path("artifactLocation").path("uri").asString()).isEqualTo("change.sql");
        assertThat(physical.path("region").path("startLine").asInt()).isEqualTo(2);
        assertThat(drop.path("message").path("text").asString()).contains("widgets.price");
        JsonNode required = find(results, "DD-ADD-REQUIRED-COLUMN");
        assertThat(required.path("locations").get(0).path("physicalLocation").path("region").path("startLine").asInt())
                .isEqualTo(4);
        assertThat(sarifRun.path("properties").path("score").asInt()).isEqualTo(JSON.readTree(json.out()).path("report").path("score").asInt());
    }

    @Test
    void theSchemaCheckCatchesABrokenLog() throws Exception {
        JsonNode sarif = JSON.readTree(cli().run("lint", "change.sql", "--format", "sarif").out());
        ObjectNode broken = (ObjectNode) sarif.deepCopy();
        broken.remove("version");
        ((ObjectNode) broken.path("runs").get(0).path("results").get(0)).put("level", "fatal");
        assertThat(sarifSchema.validate(broken)).hasSizeGreaterThanOrEqualTo(2);
    }

    @Test
    void pendingMigrationsPointAtTheirFileAndLine() throws Exception {
        Cli.Run run = cli().run("lint", "--pending", "--format", "sarif");
        assertThat(run.exit()).as(run.all()).isZero();
        JsonNode sarif = JSON.readTree(run.out());
        assertThat(sarifSchema.validate(sarif)).isEmpty();
        JsonNode drop = find(sarif.path("runs").get(0).path("results"), "DS-DROP-COLUMN");
        JsonNode physical = drop.path("locations").get(0).path("physicalLocation");
        assertThat(physical.path("artifactLocation").path("uri").asString()).isEqualTo("migrations/versions/" + V1 + "_drop_name.sql");
        assertThat(physical.path("region").path("startLine").asInt()).isEqualTo(5);
        // the database predates its first migration: the shadow starts from its schema, so the rollback is checked (lint
        // once held the H2 file while the check waited for it, lock timeout long, and then checked on an empty shadow)
        assertThat(sarif.path("runs").get(0).path("properties").path("rollbackVerification").get(0).asString())
                .startsWith(V1 + ": rollback verified");
    }

    @Test
    void githubAnnotationsAndMarkdownComment() {
        Cli.Run github = cli().run("lint", "change.sql", "--format", "github");
        assertThat(github.exit()).as(github.all()).isZero();
        List<String> lines = github.out().lines().toList();
        assertThat(lines).anyMatch(l -> l.startsWith("::warning file=change.sql,line=2,title=DS-DROP-COLUMN (medium)::DS-DROP-COLUMN on widgets.price: "))
                .anyMatch(l -> l.startsWith("::") && l.contains("line=4,title=DD-ADD-REQUIRED-COLUMN"))
                .allMatch(l -> l.startsWith("::"));
        assertThat(lines.get(lines.size() - 1)).startsWith("::notice title=schemactl lint::risk score ");
        assertThat(github.out()).contains("%0ASafer: ");

        Cli.Run markdown = cli().run("lint", "--pending", "--format", "markdown");
        assertThat(markdown.exit()).as(markdown.all()).isZero();
        assertThat(markdown.out()).startsWith("### schemactl lint: risk score ")
                .contains("| severity | rule | where | finding | safer alternative |")
                .contains("`DS-DROP-COLUMN` | `migrations/versions/" + V1 + "_drop_name.sql:5` |")
                .contains("**Rollback on failure:** ")
                .contains("**Rollback verification:**\n- " + V1 + ": ");
    }

    @Test
    void reportFormatsAreRefusedBeforeOtherCommandsRun() throws Exception {
        Cli.Run up = cli().run("up", "--format", "sarif");
        assertThat(up.exit()).as(up.all()).isEqualTo(2);
        assertThat(up.err()).contains("--format sarif is not available for `up`");
        List<String> columns = new ArrayList<>();
        try (Connection c = db.connect(); var rs = c.getMetaData().getColumns(null, null, "WIDGETS", null)) {
            while (rs.next()) columns.add(rs.getString("COLUMN_NAME").toLowerCase());
        }
        assertThat(columns).contains("name", "price");
    }

    private static JsonNode find(JsonNode results, String ruleId) {
        for (JsonNode r : results) if (r.path("ruleId").asString().equals(ruleId)) return r;
        throw new AssertionError("no result for " + ruleId + " in " + results);
    }
}
