package dev.schemactl.mcp;

import io.modelcontextprotocol.spec.McpError;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class PromptLibraryTest {
    @TempDir
    Path dir;

    @Test
    void theProjectsPromptsFolderWinsOverTheToolsOwn() throws Exception {
        Path own = PromptLibrary.locate(dir);
        assertThat(own).as("the tool's prompts/ beside target/classes").isNotNull();
        assertThat(own.resolve("review_migration.md")).exists();
        Files.createDirectories(dir.resolve("prompts"));
        assertThat(PromptLibrary.locate(dir)).isEqualTo(dir.resolve("prompts"));
    }

    @Test
    void frontMatterAndPlaceholders() {
        PromptLibrary.PromptFile file = PromptLibrary.parse("x.md", """
                ---
                name: check_it
                description: Checks it.
                arguments:
                  - name: version
                    description: which one
                    required: true
                  - name: note
                ---
                Check {{version}} ({{ note }}).
                """);
        assertThat(file.name()).isEqualTo("check_it");
        assertThat(file.arguments()).extracting(PromptLibrary.Argument::required).containsExactly(true, false);
        var result = PromptLibrary.render(file, Map.of("version", "20260101000000"), null);
        assertThat(((io.modelcontextprotocol.spec.McpSchema.TextContent) result.messages().get(0).content()).text())
                .isEqualTo("Check 20260101000000 ().\n");
        assertThatThrownBy(() -> PromptLibrary.render(file, Map.of(), null)).isInstanceOf(McpError.class)
                .hasMessageContaining("needs the argument 'version'");
        assertThatThrownBy(() -> PromptLibrary.parse("y.md", "no header")).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void theShippedPromptsAllParse() throws Exception {
        List<PromptLibrary.PromptFile> files = PromptLibrary.load(PromptLibrary.locate(dir));
        assertThat(files).extracting(PromptLibrary.PromptFile::name)
                .containsExactly("explain_risk", "plan_safe_rollout", "review_migration");
        for (PromptLibrary.PromptFile f : files) {
            assertThat(f.body()).as(f.name()).hasSizeGreaterThan(500);
            assertThat(f.description()).as(f.name()).isNotBlank();
        }
    }
}
