package dev.schemactl.engine;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * A type spelling split into a lower-case base name, its parenthesised arguments and flags:
 * {@code "timestamp(6) with time zone"} → base "timestamp", args [6], withTimeZone.
 * {@code "enum('a','b')"} keeps the quoted values (unquoted) as args.
 */
public record TypeSpelling(String base, List<String> args, boolean withTimeZone, boolean unsigned, String original) {

    public static TypeSpelling of(String spelling) {
        String s = spelling.trim();
        String lower = s.toLowerCase(Locale.ROOT);
        boolean tz = lower.contains("with time zone");
        boolean unsigned = lower.contains(" unsigned");
        List<String> args = new ArrayList<>();
        int open = s.indexOf('(');
        String head;
        if (open >= 0) {
            int close = s.lastIndexOf(')');
            String inner = s.substring(open + 1, close < 0 ? s.length() : close);
            args.addAll(splitArgs(inner));
            head = lower.substring(0, open) + (close >= 0 ? lower.substring(close + 1) : "");
        } else {
            head = lower;
        }
        head = head.replace("with time zone", "").replace("without time zone", "").replace(" unsigned", "")
                .replace(" zerofill", "").replaceAll("\\s+", " ").trim();
        return new TypeSpelling(head, List.copyOf(args), tz, unsigned, spelling);
    }

    private static List<String> splitArgs(String inner) {
        List<String> out = new ArrayList<>();
        StringBuilder current = new StringBuilder();
        boolean quoted = false;
        for (int i = 0; i < inner.length(); i++) {
            char c = inner.charAt(i);
            if (c == '\'') {
                if (quoted && i + 1 < inner.length() && inner.charAt(i + 1) == '\'') {
                    current.append('\'');
                    i++;
                } else {
                    quoted = !quoted;
                }
            } else if (c == ',' && !quoted) {
                out.add(current.toString().trim());
                current.setLength(0);
            } else if (quoted || !Character.isWhitespace(c)) {
                current.append(c);
            }
        }
        if (current.length() > 0 || !out.isEmpty()) out.add(current.toString().trim());
        return out;
    }

    public Integer intArg(int index) {
        if (index >= args.size()) return null;
        try {
            return Integer.valueOf(args.get(index));
        } catch (NumberFormatException e) {
            return null;
        }
    }
}
