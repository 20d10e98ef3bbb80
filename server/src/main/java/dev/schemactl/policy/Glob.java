package dev.schemactl.policy;

import java.util.regex.Pattern;

/** Case-insensitive wildcard patterns: {@code *} any run of characters, {@code ?} one character. */
final class Glob {
    private Glob() {
    }

    static boolean matches(String pattern, String text) {
        if (text == null) return false;
        StringBuilder regex = new StringBuilder();
        for (char c : pattern.toCharArray()) {
            if (c == '*') regex.append(".*");
            else if (c == '?') regex.append('.');
            else regex.append(Pattern.quote(String.valueOf(c)));
        }
        return Pattern.compile(regex.toString(), Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE | Pattern.DOTALL)
                .matcher(text).matches();
    }
}
