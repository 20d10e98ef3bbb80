package dev.schemactl.risk;

import org.junit.jupiter.api.Test;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

/** The catalog is complete and the README's Safety section documents every rule. */
class RuleCatalogTest {

    @Test
    void everyRuleHasAUniqueIdACategoryAndASaferAlternative() {
        Set<String> ids = new HashSet<>();
        for (RuleInfo r : Rules.CATALOG) {
            assertThat(ids.add(r.id())).as("duplicate " + r.id()).isTrue();
            assertThat(r.category()).isNotNull();
            assertThat(r.safeAlternative()).isNotBlank();
        }
        assertThat(ids).hasSize(44);
    }

    @Test
    void theReadmeListsEveryRule() throws Exception {
        String readme = Files.readString(Path.of("..", "README.md"));
        String safety = readme.substring(readme.indexOf("## Safety"));
        for (RuleInfo r : Rules.CATALOG) {
            assertThat(safety).as(r.id()).contains("| `" + r.id() + "` | " + r.category() + " |");
        }
    }
}
