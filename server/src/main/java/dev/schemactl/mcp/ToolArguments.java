package dev.schemactl.mcp;

import dev.schemactl.error.ErrorCode;
import dev.schemactl.error.SchemactlException;

import java.util.Map;
import java.util.Set;

/**
 * A tool call's arguments, checked again after the SDK validated them against the input schema: only
 * declared names, no huge strings, versions that are 14 digits and never paths. Every failure is a
 * {@link SchemactlException} with code USAGE, raised before anything touches the database.
 */
public final class ToolArguments {
    /** No argument of any tool needs more; longer strings are refused without being echoed. */
    static final int MAX_STRING = 4096;
    static final int MAX_ITEMS = 50;
    private static final int SHOWN = 40;

    private final Map<String, Object> values;

    private ToolArguments(Map<String, Object> values) {
        this.values = values;
    }

    /** Checks names against the schema's declared properties and bounds every string. */
    public static ToolArguments check(Map<String, Object> arguments, Set<String> declared) {
        Map<String, Object> values = arguments == null ? Map.of() : arguments;
        for (Map.Entry<String, Object> e : values.entrySet()) {
            if (!declared.contains(e.getKey())) {
                throw usage("unknown argument '" + shown(e.getKey()) + "'",
                        declared.isEmpty() ? "this tool takes no arguments" : "the arguments are: " + String.join(", ", sorted(declared)));
            }
            checkSize(e.getKey(), e.getValue());
        }
        return new ToolArguments(values);
    }

    private static void checkSize(String name, Object value) {
        if (value instanceof String s && s.length() > MAX_STRING) {
            throw usage("argument '" + name + "' is too long (" + s.length() + " characters)",
                    "no argument takes more than " + MAX_STRING + " characters");
        }
        if (value instanceof Iterable<?> items) {
            int count = 0;
            for (Object item : items) {
                if (++count > MAX_ITEMS) {
                    throw usage("argument '" + name + "' has more than " + MAX_ITEMS + " items", "give at most " + MAX_ITEMS);
                }
                if (!(item instanceof String)) {
                    throw usage("argument '" + name + "' must be a list of strings", "see the tool's input schema");
                }
                checkSize(name, item);
            }
            return;
        }
        if (value instanceof Map<?, ?>) {
            throw usage("argument '" + name + "' must be a single value", "see the tool's input schema");
        }
    }

    public boolean has(String name) {
        return values.get(name) != null;
    }

    /** A migration version (14 digits, yyyyMMddHHmmss), or null when absent. Whether it exists is the service's check. */
    public String version(String name) {
        Object v = values.get(name);
        if (v == null) return null;
        if (!(v instanceof String s)) {
            throw usage("argument '" + name + "' must be a string of 14 digits", "e.g. \"20260101000000\"; see migration_status");
        }
        if (s.contains("/") || s.contains("\\") || s.contains("..")) {
            throw usage("argument '" + name + "' must be a migration version, not a path: '" + shown(s) + "'",
                    "pass the 14-digit version from migration_status, e.g. \"20260101000000\"");
        }
        if (!s.matches("\\d{14}")) {
            throw usage("argument '" + name + "' must be a migration version of 14 digits, not '" + shown(s) + "'",
                    "pass the version column from migration_status, e.g. \"20260101000000\"");
        }
        return s;
    }

    /** An integer in [min, max], or null when absent. */
    public Integer integer(String name, int min, int max) {
        Object v = values.get(name);
        if (v == null) return null;
        long n;
        if (v instanceof Integer || v instanceof Long || v instanceof Short || v instanceof Byte) {
            n = ((Number) v).longValue();
        } else if (v instanceof Number d && d.doubleValue() == Math.rint(d.doubleValue()) && !Double.isInfinite(d.doubleValue())) {
            n = (long) d.doubleValue();
        } else {
            throw usage("argument '" + name + "' must be a whole number", "between " + min + " and " + max);
        }
        if (n < min || n > max) {
            throw usage("argument '" + name + "' must be between " + min + " and " + max + ", not " + n, "e.g. 1");
        }
        return (int) n;
    }

    /** A boolean, false when absent. */
    public boolean flag(String name) {
        Object v = values.get(name);
        if (v == null) return false;
        if (!(v instanceof Boolean b)) {
            throw usage("argument '" + name + "' must be true or false", "omit it for false");
        }
        return b;
    }

    /** A string matching {@code pattern} (its meaning given in {@code expected}), or null when absent. */
    public String text(String name, String pattern, String expected) {
        Object v = values.get(name);
        if (v == null) return null;
        if (!(v instanceof String s) || !s.matches(pattern)) {
            throw usage("argument '" + name + "' must be " + expected + ", not '" + shown(String.valueOf(v)) + "'", "see the tool's input schema");
        }
        return s;
    }

    /** A list of strings each matching {@code pattern}; empty when absent. */
    public java.util.List<String> strings(String name, String pattern, String expected) {
        Object v = values.get(name);
        if (v == null) return java.util.List.of();
        java.util.List<String> out = new java.util.ArrayList<>();
        for (Object item : (Iterable<?>) v) {
            String s = (String) item;
            if (!s.matches(pattern)) {
                throw usage("each of '" + name + "' must be " + expected + ", not '" + shown(s) + "'", "see the tool's input schema");
            }
            out.add(s);
        }
        return out;
    }

    /** A file inside the project folder (relative, no '..' escaping it), or null when absent. */
    public java.nio.file.Path projectFile(String name, java.nio.file.Path projectDir) {
        Object v = values.get(name);
        if (v == null) return null;
        if (!(v instanceof String s) || s.isBlank()) throw usage("argument '" + name + "' must be a file path", "relative to the project folder");
        java.nio.file.Path resolved = projectDir.resolve(s).normalize();
        if (java.nio.file.Path.of(s).isAbsolute() || !resolved.startsWith(projectDir)) {
            throw usage("argument '" + name + "' must stay inside the project folder: '" + shown(s) + "'",
                    "give a path relative to the project folder, e.g. db/schema.sql");
        }
        return projectDir.relativize(resolved);
    }

    /** Refuses a call that gives both arguments. */
    public void exclusive(String a, String b) {
        if (has(a) && has(b)) {
            throw usage("give either '" + a + "' or '" + b + "', not both", "'" + a + "' and '" + b + "' choose the target in two different ways");
        }
    }

    private static String shown(String s) {
        String oneLine = s.replaceAll("[\\p{Cntrl}]", "?");
        return oneLine.length() <= SHOWN ? oneLine : oneLine.substring(0, SHOWN) + "… (" + s.length() + " characters)";
    }

    private static java.util.List<String> sorted(Set<String> names) {
        return names.stream().sorted().toList();
    }

    private static SchemactlException usage(String message, String hint) {
        return new SchemactlException(ErrorCode.USAGE, message, hint);
    }
}
