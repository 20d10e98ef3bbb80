package dev.schemactl.service;

import dev.schemactl.engine.EngineKind;
import dev.schemactl.examples.shop.Customer;
import dev.schemactl.testing.Cli;
import dev.schemactl.testing.TestDatabase;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * `schemactl erd` and `diff --format mermaid|dot` (issue 10, section 4). The DOT is judged by Graphviz itself: `dot -Tjson`
 * must parse it, and the nodes and edges it reads back are the shop's tables and foreign keys.
 */
class ErdTest {
    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final List<String> SHOP_TABLES = List.of("customers", "order_lines", "orders", "products");

    @TempDir
    Path dir;

    @BeforeAll
    static void graphviz() {
        boolean present = dotAvailable();
        if (!present && "true".equals(System.getenv("CI"))) throw new AssertionError("Graphviz `dot` is required under CI=true");
        assumeTrue(present, "Graphviz `dot` is not installed");
    }

    private Cli shopProject() throws IOException {
        Files.writeString(dir.resolve("schemactl.yaml"), "models:\n  classpath: [\""
                + GenerateIdempotencyTest.classesOf(Customer.class).toString().replace("\\", "/") + "\"]\n"
                + "  packages: [dev.schemactl.examples.shop]\n");
        return new Cli(dir);
    }

    @Test
    void dotFromTheModelsParsesInGraphvizWithATablePerNodeAndAForeignKeyPerEdge() throws Exception {
        Cli.Run run = shopProject().run("erd", "--from", "models", "--format", "dot");
        assertThat(run.exit()).as(run.all()).isZero();
        assertThat(dir.resolve(".schemactl")).as("drawing the models needs no database").doesNotExist();
        JsonNode graph = graphvizJson(run.out());
        TreeSet<String> nodes = new TreeSet<>();
        graph.path("objects").forEach(o -> nodes.add(o.path("name").asString()));
        assertThat(nodes).containsExactlyElementsOf(SHOP_TABLES);
        List<String> edges = new ArrayList<>();
        graph.path("edges").forEach(e -> edges.add(name(graph, e.path("tail").asInt()) + "->" + name(graph, e.path("head").asInt())));
        assertThat(edges).containsExactlyInAnyOrder("orders->customers", "order_lines->orders", "order_lines->products");
        assertThat(run.out()).contains(">email *</td><td align=\"left\">varchar(320)</td><td port=\"k2\" align=\"left\">UK</td>");
    }

    @Test
    void mermaidAndSvg() throws Exception {
        Cli cli = shopProject();
        Cli.Run mermaid = cli.run("erd");
        assertThat(mermaid.exit()).as(mermaid.all()).isZero();
        assertThat(mermaid.out()).startsWith("erDiagram\n").contains("    customers {\n")
                .contains("        bigint id PK\n").contains("        varchar(320) email UK \"not null\"\n")
                .contains("    customers ||--o{ orders : \"customer_id\"\n");
        assertThat(mermaid.out().lines().filter(l -> l.matches("    \\w+ \\|[|o]--o\\{ \\w+ : .*"))).hasSize(3);

        Cli.Run svg = cli.run("erd", "--format", "svg");
        assertThat(svg.exit()).as(svg.all()).isZero();
        assertThat(svg.out()).contains("<svg").contains("</svg>").contains(">customers</text>").contains(">order_lines</text>");

        Cli.Run json = cli.run("erd", "--format", "json");
        assertThat(JSON.readTree(json.out()).path("tables").asInt()).isEqualTo(4);
    }

    @Test
    void diffDiagramColoursWhatThePlanAddsChangesDropsAndKeeps() throws Exception {
        try (TestDatabase db = TestDatabase.create(EngineKind.H2)) {
            Cli cli = shopProject().env("DATABASE_URL", db.urlText());
            assertThat(cli.run("new", "-m", "init", "--no-verify").exit()).isZero();
            assertThat(cli.run("up").exit()).isZero();
            try (Connection c = db.connect(); Statement st = c.createStatement()) {
                st.execute("ALTER TABLE customers DROP COLUMN full_name");       // the plan adds it back
                st.execute("ALTER TABLE customers ADD COLUMN nickname varchar(20)"); // only in the database
                st.execute("ALTER TABLE order_lines DROP CONSTRAINT IF EXISTS fk_order_lines_product");
                st.execute("CREATE TABLE audit_log (id int PRIMARY KEY)");        // only in the database
            }
            Cli.Run mermaid = cli.run("diff", "--format", "mermaid");
            assertThat(mermaid.exit()).as(mermaid.all()).isZero();
            assertThat(mermaid.out()).startsWith("erDiagram\n")
                    .contains("        varchar(255) full_name \"not null, added\"\n")
                    .contains("        varchar(20) nickname \"only in the database\"\n")
                    .contains("    class customers changed\n").contains("    class audit_log kept\n")
                    .contains("    classDef added ");

            Cli.Run dropping = cli.run("diff", "--drop-extra", "--format", "dot");
            assertThat(dropping.exit()).as(dropping.all()).isZero();
            assertThat(dropping.out()).contains("<s>nickname</s>").contains("<b>audit_log</b> <i>(dropped)</i>");
            JsonNode graph = graphvizJson(dropping.out());
            TreeSet<String> nodes = new TreeSet<>();
            graph.path("objects").forEach(o -> nodes.add(o.path("name").asString()));
            assertThat(nodes).contains("audit_log", "customers");
        }
    }

    private static String name(JsonNode graph, int id) {
        for (JsonNode o : graph.path("objects")) if (o.path("_gvid").asInt() == id) return o.path("name").asString();
        return "?" + id;
    }

    /** Graphviz's own reading of the DOT: fails the test when dot rejects it. */
    private static JsonNode graphvizJson(String dot) throws Exception {
        Process p = new ProcessBuilder("dot", "-Tjson").start();
        try (var in = p.getOutputStream()) {
            in.write(dot.getBytes(StandardCharsets.UTF_8));
        }
        byte[] out = p.getInputStream().readAllBytes();
        String err = new String(p.getErrorStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(p.waitFor(60, TimeUnit.SECONDS)).isTrue();
        assertThat(p.exitValue()).as("dot rejected the DOT: " + err + "\n" + dot).isZero();
        assertThat(err).as("dot warnings").isBlank();
        return JSON.readTree(out);
    }

    private static boolean dotAvailable() {
        try {
            Process p = new ProcessBuilder("dot", "-V").redirectErrorStream(true).start();
            p.getInputStream().readAllBytes();
            return p.waitFor(30, TimeUnit.SECONDS) && p.exitValue() == 0;
        } catch (IOException | InterruptedException e) {
            return false;
        }
    }
}
