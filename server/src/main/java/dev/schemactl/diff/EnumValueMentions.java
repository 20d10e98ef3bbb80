package dev.schemactl.diff;

/**
 * Whether an expression names an enum value: as a string literal ({@code 'happy'}) or as an element of an array
 * literal ({@code '{ok,happy}'}, {@code '{"a b"}'}). PostgreSQL refuses both ("unsafe use of new value") when the
 * value was added by ADD VALUE in the same transaction. A text literal that happens to spell the value counts too:
 * the caller then rebuilds the type, which is safe, only heavier.
 */
final class EnumValueMentions {
    private EnumValueMentions() {
    }

    static boolean in(String expression, String value) {
        if (expression == null) return false;
        int i = 0;
        while ((i = expression.indexOf('\'', i)) >= 0) {
            StringBuilder literal = new StringBuilder();
            int j = i + 1;
            for (; j < expression.length(); j++) {
                char c = expression.charAt(j);
                if (c == '\'') {
                    if (j + 1 < expression.length() && expression.charAt(j + 1) == '\'') {
                        literal.append('\'');
                        j++;
                        continue;
                    }
                    break;
                }
                literal.append(c);
            }
            String text = literal.toString();
            if (text.equals(value) || text.startsWith("{") && arrayHolds(text, value)) return true;
            i = j + 1;
        }
        return false;
    }

    /** True when array literal {@code text} ({@code {a,"b c",{d}}}) has an element equal to {@code value}. */
    private static boolean arrayHolds(String text, String value) {
        StringBuilder element = new StringBuilder();
        boolean quoted = false;
        boolean wasQuoted = false;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (quoted) {
                if (c == '\\' && i + 1 < text.length()) element.append(text.charAt(++i));
                else if (c == '"') quoted = false;
                else element.append(c);
            } else if (c == '"') {
                quoted = true;
                wasQuoted = true;
            } else if (c == '{' || c == '}' || c == ',') {
                String e = wasQuoted ? element.toString() : element.toString().strip();
                if (!e.isEmpty() && e.equals(value)) return true;
                element.setLength(0);
                wasQuoted = false;
            } else if (c == '\\' && i + 1 < text.length()) {
                element.append(text.charAt(++i));
            } else {
                element.append(c);
            }
        }
        return false;
    }
}
