package dev.schemactl.diff;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** An enum value named by an expression, alone or inside an array literal (which PostgreSQL casts just as well). */
class EnumValueMentionsTest {

    @Test
    void aStringLiteral() {
        assertThat(EnumValueMentions.in("(m = 'happy'::mood)", "happy")).isTrue();
        assertThat(EnumValueMentions.in("'it''s'::mood", "it's")).isTrue();
        assertThat(EnumValueMentions.in("(m = 'unhappy'::mood)", "happy")).isFalse();
        assertThat(EnumValueMentions.in(null, "happy")).isFalse();
    }

    @Test
    void anElementOfAnArrayLiteral() {
        assertThat(EnumValueMentions.in("'{ok,happy}'::mood[]", "happy")).isTrue();
        assertThat(EnumValueMentions.in("'{ok,\"so so\"}'::mood[]", "so so")).isTrue();
        assertThat(EnumValueMentions.in("'{{ok},{ happy }}'::mood[]", "happy")).isTrue();
        assertThat(EnumValueMentions.in("'{\"a\\\"b\"}'::mood[]", "a\"b")).isTrue();
        assertThat(EnumValueMentions.in("'{ok,unhappy}'::mood[]", "happy")).isFalse();
        assertThat(EnumValueMentions.in("'{ok}'::mood[] || 'x'", "happy")).isFalse();
    }
}
