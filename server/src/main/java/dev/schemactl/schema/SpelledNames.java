package dev.schemactl.schema;

/** How a possibly qualified, possibly double-quoted name is spelled in SQL text ({@code billing."Odd.Name"}). */
public final class SpelledNames {
    private SpelledNames() {
    }

    /** The index of the last dot outside double quotes (the one before the name), -1 when the name is unqualified. */
    public static int lastDotOutsideQuotes(String s) {
        boolean quoted = false;
        int last = -1;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == '"') quoted = !quoted;
            else if (c == '.' && !quoted) last = i;
        }
        return last;
    }
}
