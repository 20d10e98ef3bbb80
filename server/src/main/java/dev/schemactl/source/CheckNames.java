package dev.schemactl.source;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Names for unnamed check constraints, chosen the way PostgreSQL names them so that a check applied
 * without a name comes back from the catalog under the same name: {@code <table>_<column>_check}, where
 * the column is the constrained column (column checks) or the first column the expression mentions
 * (table checks), {@code <table>_check} when it mentions none, a number after "check" when taken, and
 * both parts shortened to fit PostgreSQL's 63-character identifiers.
 */
final class CheckNames {
    static final int MAX_IDENTIFIER = 63;

    private CheckNames() {
    }

    static String choose(String table, String column, Set<String> taken) {
        for (int n = 0; ; n++) {
            String candidate = makeObjectName(table, column, n == 0 ? "check" : "check" + n);
            if (!taken.contains(candidate)) return candidate;
        }
    }

    /** PostgreSQL's makeObjectName: trims the longer of the two names until "name1_name2_label" fits. */
    static String makeObjectName(String name1, String name2, String label) {
        int overhead = label.length() + 1 + (name2 == null ? 0 : 1);
        int available = MAX_IDENTIFIER - overhead;
        int len1 = name1.length();
        int len2 = name2 == null ? 0 : name2.length();
        while (len1 + len2 > available) {
            if (len1 > len2) len1--;
            else len2--;
        }
        StringBuilder out = new StringBuilder(name1.substring(0, len1));
        if (name2 != null) out.append('_').append(name2, 0, len2);
        return out.append('_').append(label).toString();
    }

    /**
     * The column PostgreSQL names a table check after: the one column of {@code columns} the expression mentions
     * (outside quotes), or null when it mentions none or several (PostgreSQL then names it {@code table_check}).
     */
    static String soleColumn(String expression, List<String> columns) {
        String found = null;
        for (String word : identifiers(expression)) {
            String lower = word.toLowerCase(Locale.ROOT);
            if (!columns.contains(lower)) continue;
            if (found != null && !found.equals(lower)) return null;
            found = lower;
        }
        return found;
    }

    private static List<String> identifiers(String expression) {
        List<String> out = new ArrayList<>();
        int i = 0;
        int n = expression.length();
        while (i < n) {
            char c = expression.charAt(i);
            if (c == '\'') {
                i++;
                while (i < n && !(expression.charAt(i) == '\'' && (i + 1 >= n || expression.charAt(i + 1) != '\''))) {
                    i += expression.charAt(i) == '\'' ? 2 : 1;
                }
                i++;
            } else if (c == '"' || c == '`') {
                int end = expression.indexOf(c, i + 1);
                if (end < 0) end = n;
                out.add(expression.substring(i + 1, end));
                i = end + 1;
            } else if (Character.isLetter(c) || c == '_') {
                int start = i;
                while (i < n && (Character.isLetterOrDigit(expression.charAt(i)) || expression.charAt(i) == '_'
                        || expression.charAt(i) == '$')) {
                    i++;
                }
                out.add(expression.substring(start, i));
            } else {
                i++;
            }
        }
        return out;
    }
}
