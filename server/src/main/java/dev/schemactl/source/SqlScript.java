package dev.schemactl.source;

import java.util.ArrayList;
import java.util.List;

/**
 * Splits a SQL script into statements at the delimiter (";" or what a {@code DELIMITER} line sets, as mysqldump
 * writes around triggers and routines) outside string literals, quoted identifiers, comments and PostgreSQL
 * dollar-quoted bodies. Each statement keeps the line it starts on, so an error can name {@code file:line}.
 * Comments are dropped except MariaDB/MySQL executable comments ({@code /*!40101 ... *}{@code /}), which the server runs;
 * comment-only pieces are dropped; psql meta-commands ({@code \restrict}, {@code \connect} ...) on a line of
 * their own between statements are skipped (they are client commands, not SQL).
 */
public final class SqlScript {

    /** One statement of a script and the (1-based) line it starts on. */
    public record Statement(String sql, int line) {
    }

    private SqlScript() {
    }

    /** The statements' SQL only; a backslash escapes in '...' literals (as MariaDB reads them). */
    public static List<String> split(String script) {
        return statements(script, true).stream().map(Statement::sql).toList();
    }

    /**
     * @param backslashEscapes a backslash escapes the next character in '...' literals: true for MariaDB/MySQL,
     *                         false for PostgreSQL (standard_conforming_strings; E'...' strings still escape)
     */
    public static List<Statement> statements(String script, boolean backslashEscapes) {
        List<Statement> out = new ArrayList<>();
        StringBuilder current = new StringBuilder();
        String delimiter = ";";
        int n = script.length();
        int i = 0;
        int line = 1;
        int startLine = -1; // line of the first non-blank character of the current statement
        while (i < n) {
            char c = script.charAt(i);
            boolean atLineStart = i == 0 || script.charAt(i - 1) == '\n';
            if (atLineStart && startLine < 0) { // nothing but blanks in the statement yet (not toString(): linear)
                int end = script.indexOf('\n', i);
                String text = script.substring(i, end < 0 ? n : end).strip();
                if (text.regionMatches(true, 0, "DELIMITER ", 0, 10) || text.equalsIgnoreCase("DELIMITER")) {
                    String d = text.length() > 10 ? text.substring(10).strip() : "";
                    if (!d.isEmpty()) delimiter = d;
                    i = end < 0 ? n : end + 1;
                    line++;
                    continue;
                }
                if (text.startsWith("\\")) {
                    i = end < 0 ? n : end + 1;
                    line++;
                    continue;
                }
            }
            if (c == '\n') {
                line++;
                current.append(c);
                i++;
                continue;
            }
            if (c == '-' && i + 1 < n && script.charAt(i + 1) == '-') {
                int end = script.indexOf('\n', i);
                i = end < 0 ? n : end; // the newline itself is counted above
                continue;
            }
            if (c == '/' && i + 1 < n && script.charAt(i + 1) == '*') {
                int end = script.indexOf("*/", i + 2);
                int stop = end < 0 ? n : end + 2;
                String comment = script.substring(i, stop);
                boolean executable = comment.startsWith("/*!") || comment.startsWith("/*M!");
                if (executable) {
                    if (startLine < 0) startLine = line;
                    current.append(comment);
                } else {
                    current.append(' ');
                }
                line += count(comment, '\n');
                i = stop;
                continue;
            }
            if (script.startsWith(delimiter, i) && !(delimiter.equals(";") && (insideTriggerBody(current) || insideRuleActions(current)))) {
                add(out, current, startLine);
                current.setLength(0);
                startLine = -1;
                i += delimiter.length();
                continue;
            }
            if (!Character.isWhitespace(c) && startLine < 0) startLine = line;
            if (c == '\'' || c == '"' || c == '`') {
                boolean escapes = c == '\'' && (backslashEscapes || escapeString(script, i));
                int end = i + 1;
                while (end < n) {
                    char e = script.charAt(end);
                    if (e == c) {
                        if (end + 1 < n && script.charAt(end + 1) == c) {
                            end += 2;
                            continue;
                        }
                        break;
                    }
                    if (escapes && e == '\\' && end + 1 < n) end++;
                    end++;
                }
                String literal = script.substring(i, Math.min(end + 1, n));
                current.append(literal);
                line += count(literal, '\n');
                i = end + 1;
                continue;
            }
            if (c == '$') {
                int tagEnd = script.indexOf('$', i + 1);
                if (tagEnd > 0 && script.substring(i + 1, tagEnd).matches("[A-Za-z_][A-Za-z_0-9]*|")
                        && (i == 0 || !Character.isLetterOrDigit(script.charAt(i - 1)))) {
                    String tag = script.substring(i, tagEnd + 1);
                    int close = script.indexOf(tag, tagEnd + 1);
                    int end = close < 0 ? n : close + tag.length();
                    String body = script.substring(i, end);
                    current.append(body);
                    line += count(body, '\n');
                    i = end;
                    continue;
                }
            }
            current.append(c);
            i++;
        }
        add(out, current, startLine);
        return out;
    }

    private static final java.util.regex.Pattern CREATE_COMPOUND = java.util.regex.Pattern.compile(
            "(?is)^\\s*CREATE\\s+(?:OR\\s+REPLACE\\s+)?(?:DEFINER\\s*=\\s*\\S+\\s+)?(?:TEMP\\s+|TEMPORARY\\s+)?"
            + "(?:TRIGGER|PROCEDURE|FUNCTION|EVENT)\\b.*|(?is)^\\s*BEGIN\\s+NOT\\s+ATOMIC\\b.*");
    private static final java.util.Set<String> NOT_OPENED = java.util.Set.of("if", "loop", "while", "repeat", "for");

    /**
     * True when {@code statement} so far is a CREATE TRIGGER / PROCEDURE / FUNCTION / EVENT whose BEGIN ... END body is
     * still open, or a MariaDB anonymous block ({@code BEGIN NOT ATOMIC ... END}, schemactl's conversion guard): SQLite's
     * trigger bodies, a MariaDB routine or trigger in a migration file (no DELIMITER line there)
     * and PostgreSQL's BEGIN ATOMIC hold ";"-terminated statements. CASE ... END counts as a pair too; END IF, END LOOP,
     * END WHILE, END REPEAT and END FOR close what opened no pair; a dollar-quoted body is one piece.
     */
    private static boolean insideTriggerBody(CharSequence statement) {
        String s = statement.toString();
        if (!CREATE_COMPOUND.matcher(s).matches()) return false;
        int depth = 0;
        int n = s.length();
        int i = 0;
        String previous = "";
        while (i < n) {
            char c = s.charAt(i);
            if (c == '\'' || c == '"' || c == '`' || c == '[') {
                char close = c == '[' ? ']' : c;
                int end = s.indexOf(close, i + 1);
                i = end < 0 ? n : end + 1;
            } else if (c == '$' && dollarTagEnd(s, i) > 0) {
                String tag = s.substring(i, dollarTagEnd(s, i) + 1);
                int close = s.indexOf(tag, i + tag.length());
                i = close < 0 ? n : close + tag.length();
            } else if (Character.isLetter(c) || c == '_') {
                int start = i;
                while (i < n && (Character.isLetterOrDigit(s.charAt(i)) || s.charAt(i) == '_' || s.charAt(i) == '$')) i++;
                String word = s.substring(start, i).toLowerCase(java.util.Locale.ROOT);
                if (word.equals("begin") || (word.equals("case") && !previous.equals("end"))) depth++;
                else if (word.equals("end") && !NOT_OPENED.contains(nextWord(s, i))) depth--;
                previous = word;
            } else {
                i++;
            }
        }
        return depth > 0;
    }

    /** The index of the closing $ of a dollar-quote tag opening at {@code i}, or -1. */
    private static int dollarTagEnd(String s, int i) {
        int tagEnd = s.indexOf('$', i + 1);
        return tagEnd > 0 && s.substring(i + 1, tagEnd).matches("[A-Za-z_][A-Za-z_0-9]*|")
                && (i == 0 || !Character.isLetterOrDigit(s.charAt(i - 1))) ? tagEnd : -1;
    }

    /** The word after position {@code i} (lower case), or "". */
    private static String nextWord(String s, int i) {
        int k = i;
        while (k < s.length() && Character.isWhitespace(s.charAt(k))) k++;
        int start = k;
        while (k < s.length() && (Character.isLetterOrDigit(s.charAt(k)) || s.charAt(k) == '_')) k++;
        return s.substring(start, k).toLowerCase(java.util.Locale.ROOT);
    }

    private static final java.util.regex.Pattern CREATE_RULE =
            java.util.regex.Pattern.compile("(?is)^\\s*CREATE\\s+(?:OR\\s+REPLACE\\s+)?RULE\\b.*");

    /**
     * True when {@code statement} so far is a PostgreSQL CREATE RULE whose parenthesized action list is still open:
     * {@code DO INSTEAD ( DELETE ...; DELETE ...; )} holds ";"-terminated commands (pg_dump writes DAViCal's rules so).
     */
    private static boolean insideRuleActions(CharSequence statement) {
        String s = statement.toString();
        if (!CREATE_RULE.matcher(s).matches()) return false;
        int depth = 0;
        int n = s.length();
        int i = 0;
        while (i < n) {
            char c = s.charAt(i);
            if (c == '\'' || c == '"') {
                int end = s.indexOf(c, i + 1);
                i = end < 0 ? n : end + 1;
            } else {
                if (c == '(') depth++;
                else if (c == ')') depth--;
                i++;
            }
        }
        return depth > 0;
    }

    /** In E'...' strings (PostgreSQL) a backslash always escapes. */
    private static boolean escapeString(String script, int quote) {
        return quote > 0 && (script.charAt(quote - 1) == 'E' || script.charAt(quote - 1) == 'e')
                && (quote < 2 || !Character.isLetterOrDigit(script.charAt(quote - 2)));
    }

    private static int count(String s, char c) {
        int k = 0;
        for (int j = 0; j < s.length(); j++) if (s.charAt(j) == c) k++;
        return k;
    }

    private static void add(List<Statement> out, StringBuilder statement, int line) {
        String s = statement.toString().strip();
        if (!s.isEmpty()) out.add(new Statement(s, Math.max(line, 1)));
    }
}
