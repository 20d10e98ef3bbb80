package dev.schemactl.diff;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class ExpressionsTest {

    @Test
    void ignoresCaseWhitespaceQuotingAndOuterParentheses() {
        assertThat(Expressions.normalize("  ((Price >= 0)) ")).isEqualTo("price>=0");
        assertThat(Expressions.normalize("\"price\" >= 0")).isEqualTo("price>=0");
        assertThat(Expressions.normalize("`price`>=0")).isEqualTo("price>=0");
        assertThat(Expressions.normalize("a AND  b")).isEqualTo("a and b");
        assertThat(Expressions.same("status IN ('a','b')", "(STATUS in ( 'a' , 'b' ))")).isTrue();
    }

    @Test
    void keepsLiteralsAndMeaningfulParentheses() {
        assertThat(Expressions.normalize("'Hello  World'")).isEqualTo("'Hello  World'");
        assertThat(Expressions.same("'A'", "'a'")).isFalse();
        assertThat(Expressions.normalize("(a) + (b)")).isEqualTo("(a)+(b)");
        assertThat(Expressions.normalize("'it''s'")).isEqualTo("'it''s'");
        assertThat(Expressions.same("a > 1", "a > 2")).isFalse();
    }

    @Test
    void decimalNumbersCompareByValue() {
        assertThat(Expressions.same("0.00", "0")).isTrue();
        assertThat(Expressions.same("-1.50", "-1.5")).isTrue();
        assertThat(Expressions.same("x >= 2.0", "x>=2")).isTrue();
        assertThat(Expressions.same("x between 1.50 and 3", "x between 1.5 and 3")).isTrue();
        assertThat(Expressions.same("10", "1")).isFalse();
        assertThat(Expressions.same("1.05", "1.5")).isFalse();
        assertThat(Expressions.normalize("'1.50'")).isEqualTo("'1.50'");
        assertThat(Expressions.normalize("t1.50")).isEqualTo("t1.50");
    }

    @Test
    void blankIsNull() {
        assertThat(Expressions.normalize(null)).isNull();
        assertThat(Expressions.normalize("  ")).isNull();
        assertThat(Expressions.same(null, " ")).isTrue();
        assertThat(Expressions.same(null, "0")).isFalse();
    }

    @Test
    void parenthesesThatCannotChangeTheMeaningAreIgnored() {
        assertThat(Expressions.same("(body IS NULL) OR (char_length(body) > 0)", "body is null or char_length(body) > 0")).isTrue();
        assertThat(Expressions.same("(\"BODY\" IS NULL)\n    OR (CHAR_LENGTH(\"BODY\") > 0)", "body is null or char_length(body) > 0")).isTrue();
        assertThat(Expressions.same("status IN ('A', 'B')", "status in ('A','B')")).isTrue();
        assertThat(Expressions.same("(a > 0 or b > 0) and c > 0", "a > 0 or b > 0 and c > 0")).isFalse();
        assertThat(Expressions.same("x and (a or b)", "x and a or b")).isFalse();
        assertThat(Expressions.same("length(name) > 2", "length name > 2")).isFalse();
        assertThat(Expressions.same("(a + b) * c > 0", "a + b * c > 0")).isFalse();
        assertThat(Expressions.same("not (a = 1)", "not a = 1")).isTrue();
    }
}
