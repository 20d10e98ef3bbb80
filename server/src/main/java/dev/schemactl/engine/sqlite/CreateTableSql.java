package dev.schemactl.engine.sqlite;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * What the pragma functions do not tell about a table, read from its CREATE TABLE text in sqlite_schema
 * (SQLite keeps the statement as written, and rewrites it in place on ALTER TABLE): constraint names, check
 * expressions, generated-column expressions and AUTOINCREMENT. A small tokenizer, not a full SQL parser:
 * it knows identifiers ({@code name}, {@code "name"}, {@code [name]}, {@code `name`}), string literals,
 * parentheses, commas and comments, which is all the column and table constraint syntax needs.
 */
final class CreateTableSql {

    /** A named or unnamed constraint: kind is PRIMARY KEY, UNIQUE, CHECK or FOREIGN KEY. */
    record Constraint(String name, String kind, List<String> columns, String expression, String referencedTable,
                      List<String> referencedColumns) {
    }

    /**
     * Per column: its generated expression (null if none), whether STORED, AUTOINCREMENT, and its COLLATE name in upper
     * case (null when none or BINARY, the default).
     */
    record ColumnSql(String name, String generatedExpression, boolean stored, boolean autoincrement, String collation) {
    }

    final Map<String, ColumnSql> columns = new LinkedHashMap<>();
    /** Column constraints (with the column as their only column) and table constraints, in written order. */
    final List<Constraint> constraints = new ArrayList<>();

    private CreateTableSql() {
    }

    static CreateTableSql parse(String sql) {
        CreateTableSql out = new CreateTableSql();
        if (sql == null) return out;
        List<Token> tokens = tokenize(sql);
        int open = -1;
        for (int i = 0; i < tokens.size(); i++) {
            if (tokens.get(i).is("(")) {
                open = i;
                break;
            }
        }
        if (open < 0) return out; // CREATE TABLE ... AS SELECT: nothing to read
        int close = closing(tokens, open);
        for (List<Token> definition : splitTopLevel(tokens, open + 1, close)) {
            if (definition.isEmpty()) continue;
            Token first = definition.get(0);
            if (first.isWord("constraint") || first.isWord("primary") || first.isWord("unique") || first.isWord("check")
                    || first.isWord("foreign")) {
                out.tableConstraint(sql, definition);
            } else {
                out.columnDefinition(sql, definition);
            }
        }
        return out;
    }

    private void tableConstraint(String sql, List<Token> d) {
        int i = 0;
        String name = null;
        if (d.get(i).isWord("constraint") && i + 1 < d.size()) {
            name = d.get(i + 1).identifier();
            i += 2;
        }
        if (i >= d.size()) return;
        Token kind = d.get(i);
        if (kind.isWord("primary") || kind.isWord("unique")) {
            int open = indexOf(d, "(", i);
            if (open < 0) return;
            constraints.add(new Constraint(name, kind.isWord("primary") ? "PRIMARY KEY" : "UNIQUE",
                    columnList(d, open), null, null, List.of()));
        } else if (kind.isWord("check")) {
            int open = indexOf(d, "(", i);
            if (open < 0) return;
            constraints.add(new Constraint(name, "CHECK", List.of(), inner(sql, d, open), null, List.of()));
        } else if (kind.isWord("foreign")) {
            int open = indexOf(d, "(", i);
            if (open < 0) return;
            List<String> cols = columnList(d, open);
            int references = indexOfWord(d, "references", closing(d, open));
            if (references < 0 || references + 1 >= d.size()) return;
            addReference(name, cols, d, references);
        }
    }

    private void columnDefinition(String sql, List<Token> d) {
        String column = d.get(0).identifier().toLowerCase(Locale.ROOT);
        String generated = null;
        boolean stored = false;
        boolean autoincrement = false;
        String collation = null;
        String name = null;
        int i = 1;
        while (i < d.size()) {
            Token t = d.get(i);
            if (t.isWord("constraint") && i + 1 < d.size()) {
                name = d.get(i + 1).identifier();
                i += 2;
                continue;
            }
            if (t.isWord("primary")) {
                constraints.add(new Constraint(name, "PRIMARY KEY", List.of(column), null, null, List.of()));
                name = null;
            } else if (t.isWord("autoincrement")) {
                autoincrement = true;
            } else if (t.isWord("unique")) {
                constraints.add(new Constraint(name, "UNIQUE", List.of(column), null, null, List.of()));
                name = null;
            } else if (t.isWord("check") && i + 1 < d.size() && d.get(i + 1).is("(")) {
                constraints.add(new Constraint(name, "CHECK", List.of(column), inner(sql, d, i + 1), null, List.of()));
                name = null;
                i = closing(d, i + 1) + 1;
                continue;
            } else if (t.isWord("references") && i + 1 < d.size()) {
                i = addReference(name, List.of(column), d, i);
                name = null;
                continue;
            } else if (t.isWord("as") && i + 1 < d.size() && d.get(i + 1).is("(")) {
                generated = inner(sql, d, i + 1);
                int after = closing(d, i + 1) + 1;
                stored = after < d.size() && d.get(after).isWord("stored");
                name = null;
                i = after;
                continue;
            } else if (t.isWord("collate") && i + 1 < d.size()) {
                String c = d.get(i + 1).identifier().toUpperCase(Locale.ROOT);
                collation = c.equals("BINARY") ? null : c;
                name = null;
                i += 2;
                continue;
            } else if (t.is("(")) {
                i = closing(d, i) + 1; // a DEFAULT (expr), a type's size: nothing to read here
                continue;
            } else if (t.isWord("not") || t.isWord("null") || t.isWord("default") || t.isWord("collate")
                    || t.isWord("generated")) {
                name = null;
            }
            i++;
        }
        columns.put(column, new ColumnSql(column, generated, stored, autoincrement, collation));
    }

    /** Reads {@code REFERENCES table [(cols)]} at {@code at}; returns the index after it. */
    private int addReference(String name, List<String> cols, List<Token> d, int at) {
        String table = d.get(at + 1).identifier().toLowerCase(Locale.ROOT);
        int next = at + 2;
        List<String> refCols = List.of();
        if (next < d.size() && d.get(next).is("(")) {
            refCols = columnList(d, next);
            next = closing(d, next) + 1;
        }
        constraints.add(new Constraint(name, "FOREIGN KEY", cols, null, table, refCols));
        return next;
    }

    // ------------------------------------------------------------------ tokens

    private record Token(String text, String kind, int start, int end) {
        boolean is(String punct) {
            return kind.equals("p") && text.equals(punct);
        }

        boolean isWord(String word) {
            return kind.equals("w") && text.equalsIgnoreCase(word);
        }

        /** The identifier a token names, unquoted. */
        String identifier() {
            return switch (kind) {
                case "q" -> {
                    char q = text.charAt(0);
                    char endQuote = q == '[' ? ']' : q;
                    String inner = text.substring(1, text.length() - 1);
                    yield q == '[' ? inner : inner.replace(String.valueOf(endQuote) + endQuote, String.valueOf(endQuote));
                }
                default -> text;
            };
        }
    }

    private static List<Token> tokenize(String sql) {
        List<Token> out = new ArrayList<>();
        int i = 0;
        int n = sql.length();
        while (i < n) {
            char c = sql.charAt(i);
            if (Character.isWhitespace(c)) {
                i++;
            } else if (c == '-' && i + 1 < n && sql.charAt(i + 1) == '-') {
                int nl = sql.indexOf('\n', i);
                i = nl < 0 ? n : nl + 1;
            } else if (c == '/' && i + 1 < n && sql.charAt(i + 1) == '*') {
                int endComment = sql.indexOf("*/", i + 2);
                i = endComment < 0 ? n : endComment + 2;
            } else if (c == '\'') {
                int end = quotedEnd(sql, i, '\'');
                out.add(new Token(sql.substring(i, end), "s", i, end));
                i = end;
            } else if (c == '"' || c == '`' || c == '[') {
                int end = quotedEnd(sql, i, c == '[' ? ']' : c);
                out.add(new Token(sql.substring(i, end), "q", i, end));
                i = end;
            } else if (Character.isLetterOrDigit(c) || c == '_' || c == '$') {
                int end = i;
                while (end < n && (Character.isLetterOrDigit(sql.charAt(end)) || sql.charAt(end) == '_' || sql.charAt(end) == '$')) end++;
                out.add(new Token(sql.substring(i, end), "w", i, end));
                i = end;
            } else {
                out.add(new Token(String.valueOf(c), "p", i, i + 1));
                i++;
            }
        }
        return out;
    }

    private static int quotedEnd(String sql, int start, char quote) {
        int i = start + 1;
        while (i < sql.length()) {
            if (sql.charAt(i) == quote) {
                if (quote != ']' && i + 1 < sql.length() && sql.charAt(i + 1) == quote) {
                    i += 2;
                    continue;
                }
                return i + 1;
            }
            i++;
        }
        return sql.length();
    }

    private static int closing(List<Token> tokens, int open) {
        int depth = 0;
        for (int i = open; i < tokens.size(); i++) {
            if (tokens.get(i).is("(")) depth++;
            else if (tokens.get(i).is(")") && --depth == 0) return i;
        }
        return tokens.size() - 1;
    }

    private static List<List<Token>> splitTopLevel(List<Token> tokens, int from, int to) {
        List<List<Token>> out = new ArrayList<>();
        List<Token> current = new ArrayList<>();
        int depth = 0;
        for (int i = from; i < to && i < tokens.size(); i++) {
            Token t = tokens.get(i);
            if (t.is("(")) depth++;
            if (t.is(")")) depth--;
            if (depth == 0 && t.is(",")) {
                out.add(current);
                current = new ArrayList<>();
            } else {
                current.add(t);
            }
        }
        out.add(current);
        return out;
    }

    /** The names of a parenthesised column list at {@code open} (the first identifier of each item). */
    private static List<String> columnList(List<Token> d, int open) {
        List<String> out = new ArrayList<>();
        for (List<Token> item : splitTopLevel(d, open + 1, closing(d, open))) {
            if (!item.isEmpty()) out.add(item.get(0).identifier().toLowerCase(Locale.ROOT));
        }
        return out;
    }

    /** The original text between the parenthesis at {@code open} and its match. */
    private static String inner(String sql, List<Token> d, int open) {
        int close = closing(d, open);
        return sql.substring(d.get(open).end(), d.get(close).start()).trim();
    }

    private static int indexOf(List<Token> d, String punct, int from) {
        for (int i = from; i < d.size(); i++) if (d.get(i).is(punct)) return i;
        return -1;
    }

    private static int indexOfWord(List<Token> d, String word, int from) {
        for (int i = from; i < d.size(); i++) if (d.get(i).isWord(word)) return i;
        return -1;
    }
}
