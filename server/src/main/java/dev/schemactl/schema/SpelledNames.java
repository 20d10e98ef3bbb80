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

    /**
     * True when a type's spelling ({@code email}, {@code "Email"[]}, {@code billing."Email"}) may name the type
     * {@code schema.name} (schema null: the default schema): the same name, unqualified or qualified with its schema
     * (any schema for one of the default schema, which a catalog may spell qualified); an array of it too.
     */
    public static boolean names(String spelling, String schema, String name) {
        int bracket = spelling.indexOf('[');
        String base = bracket < 0 ? spelling : spelling.substring(0, bracket);
        int dot = lastDotOutsideQuotes(base);
        String spelledSchema = dot < 0 ? null : unquote(base.substring(0, dot));
        return unquote(base.substring(dot + 1)).equals(name) && (spelledSchema == null || schema == null || spelledSchema.equals(schema));
    }

    private static String unquote(String name) {
        return name.length() > 1 && name.startsWith("\"") && name.endsWith("\"")
                ? name.substring(1, name.length() - 1).replace("\"\"", "\"") : name;
    }
}
