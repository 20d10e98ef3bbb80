package dev.schemactl.policy.ssh;

import java.util.List;

/**
 * OpenSSH pattern lists (ssh_config(5) PATTERNS, match.c): comma-separated patterns with {@code *} and {@code ?};
 * a pattern starting with {@code !} negates. A string matches the list when some positive pattern matches it and
 * no negated one does. Case-sensitive, as allowed_signers principals and namespaces are.
 */
final class SshPatterns {
    private SshPatterns() {
    }

    static boolean matchesList(String s, List<String> patterns) {
        boolean got = false;
        for (String p : patterns) {
            boolean negated = p.startsWith("!");
            String pattern = negated ? p.substring(1) : p;
            if (matches(s, pattern)) {
                if (negated) return false;
                got = true;
            }
        }
        return got;
    }

    static boolean hasWildcard(String pattern) {
        return pattern.indexOf('*') >= 0 || pattern.indexOf('?') >= 0 || pattern.startsWith("!");
    }

    static boolean matches(String s, String pattern) {
        return matches(s, 0, pattern, 0);
    }

    private static boolean matches(String s, int si, String p, int pi) {
        while (pi < p.length()) {
            char c = p.charAt(pi);
            if (c == '*') {
                while (pi < p.length() && p.charAt(pi) == '*') pi++;
                if (pi == p.length()) return true;
                for (int k = si; k <= s.length(); k++) {
                    if (matches(s, k, p, pi)) return true;
                }
                return false;
            }
            if (si == s.length()) return false;
            if (c != '?' && c != s.charAt(si)) return false;
            si++;
            pi++;
        }
        return si == s.length();
    }
}
