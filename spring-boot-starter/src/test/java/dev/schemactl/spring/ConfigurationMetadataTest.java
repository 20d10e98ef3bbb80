package dev.schemactl.spring;

import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import java.io.InputStream;
import java.util.HashMap;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** The jar carries the metadata IDEs complete schemactl.* from: every property, with its description and default. */
class ConfigurationMetadataTest {
    @Test
    void everyPropertyIsDescribedForIdeCompletion() throws Exception {
        JsonNode root;
        try (InputStream in = getClass().getClassLoader().getResourceAsStream("META-INF/spring-configuration-metadata.json")) {
            assertThat(in).as("META-INF/spring-configuration-metadata.json").isNotNull();
            root = JsonMapper.builder().build().readTree(in);
        }
        Map<String, JsonNode> byName = new HashMap<>();
        root.get("properties").forEach(p -> byName.put(p.get("name").asString(), p));

        assertThat(byName).containsOnlyKeys("schemactl.enabled", "schemactl.project-dir", "schemactl.migrations-dir",
                "schemactl.policy", "schemactl.env", "schemactl.confirm-token", "schemactl.lock-timeout", "schemactl.target",
                "schemactl.migrations-table");
        byName.values().forEach(p -> assertThat(p.path("description").asString()).as(p.get("name").asString()).isNotBlank());
        assertThat(byName.get("schemactl.enabled").get("defaultValue").asBoolean()).isTrue();
        assertThat(byName.get("schemactl.lock-timeout").get("type").asString()).isEqualTo("java.time.Duration");
        assertThat(byName.get("schemactl.confirm-token").get("description").asString()).contains("schemactl approve");
        assertThat(byName.get("schemactl.migrations-table").get("description").asString()).contains("migrations_table");
    }
}
