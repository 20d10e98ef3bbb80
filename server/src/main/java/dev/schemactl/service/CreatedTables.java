package dev.schemactl.service;

import dev.schemactl.error.ErrorCode;
import dev.schemactl.error.SchemactlException;
import dev.schemactl.schema.Schema;
import dev.schemactl.schema.Table;
import dev.schemactl.engine.OwnTables;
import dev.schemactl.migration.TrackingTable;
import dev.schemactl.risk.JSqlParsing;
import dev.schemactl.source.SqlScript;
import net.sf.jsqlparser.JSQLParserException;
import net.sf.jsqlparser.statement.create.table.CreateTable;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The tables a script creates (CREATE TABLE, less those it drops or renames away; partitions and temporary
 * tables aside), checked against what the inspector then reads. A script whose tables the inspector does not
 * see — created in a schema schemactl does not inspect, or hidden by a session setting — would otherwise stand
 * for an empty (or smaller) desired state, and a plan would drop the difference.
 */
final class CreatedTables {
    private static final String NAME = "((?:(?:[uU]&)?\"(?:[^\"]|\"\")+\"|`(?:[^`]|``)+`|[\\p{L}_][\\p{L}\\p{N}_$]*)"
            + "(?:\\s*\\.\\s*(?:(?:[uU]&)?\"(?:[^\"]|\"\")+\"|`(?:[^`]|``)+`|[\\p{L}_][\\p{L}\\p{N}_$]*))?)";
    private static final Pattern CREATE = Pattern.compile("(?is)^create\\s+(?:or\\s+replace\\s+)?"
            + "((?:global\\s+|local\\s+)?(?:temp|temporary)\\s+|unlogged\\s+)?table\\s+(?:if\\s+not\\s+exists\\s+)?" + NAME + "(.*)");
    private static final Pattern DROP = Pattern.compile("(?is)^drop\\s+table\\s+(?:if\\s+exists\\s+)?(.+?)(?:\\s+(?:cascade|restrict))?\\s*$");
    private static final Pattern RENAME = Pattern.compile("(?is)^alter\\s+table\\s+(?:only\\s+)?(?:if\\s+exists\\s+)?" + NAME
            + "\\s+rename\\s+to\\s+" + NAME + "\\s*$");
    private static final Pattern PARTITION_OF = Pattern.compile("(?is)^\\s*partition\\s+of\\b.*");

    /** A created table: its schema (or database) as written, or null, its name, where it was created, its statement. */
    record Created(String qualifier, String name, String file, int line, String sql) {
        String display() {
            return qualifier == null ? name : qualifier + "." + name;
        }
    }

    private final Map<String, Created> tables = new LinkedHashMap<>();

    static CreatedTables of(List<SqlScript.Statement> statements, boolean foldUnquotedToLower, String file) {
        CreatedTables out = new CreatedTables();
        for (SqlScript.Statement s : statements) {
            String sql = s.sql().strip();
            Matcher m = CREATE.matcher(sql);
            if (m.matches()) {
                if (m.group(1) != null && m.group(1).toLowerCase(Locale.ROOT).contains("temp")) continue;
                if (PARTITION_OF.matcher(m.group(3)).matches()) continue;
                String[] qn = qualified(m.group(2), foldUnquotedToLower);
                out.tables.put(key(qn[1]), new Created(qn[0], qn[1], file, s.line(), sql));
                continue;
            }
            m = RENAME.matcher(sql);
            if (m.matches()) {
                String[] from = qualified(m.group(1), foldUnquotedToLower);
                Created old = out.tables.remove(key(from[1]));
                if (old != null) {
                    String[] to = qualified(m.group(2), foldUnquotedToLower);
                    out.tables.put(key(to[1]), new Created(old.qualifier(), to[1], file, old.line(), old.sql()));
                }
                continue;
            }
            m = DROP.matcher(sql);
            if (m.matches()) {
                for (String part : m.group(1).split(",")) out.tables.remove(key(qualified(part.strip(), foldUnquotedToLower)[1]));
            }
        }
        return out;
    }

    /**
     * Refuses, before anything runs, a script that creates a table named like the tracking table without Liquibase's
     * columns (another tool's {@code schema_migrations}): schemactl could not track the load there afterwards.
     */
    void requireNoForeignTrackingTable(String trackingTable) {
        Created c = tables.get(key(trackingTable));
        if (c == null) return;
        List<String> columns = columns(c.sql());
        if (!OwnTables.hasChangelogColumns(columns)) throw TrackingTable.foreign(c.name(), columns);
    }

    /** The column names a CREATE TABLE statement declares (JSqlParser); empty when it cannot be parsed. */
    private static List<String> columns(String createTable) {
        try {
            if (JSqlParsing.parse(createTable) instanceof CreateTable t && t.getColumnDefinitions() != null) {
                return t.getColumnDefinitions().stream().map(d -> unquote(d.getColumnName())).toList();
            }
        } catch (JSQLParserException e) {
            // unparseable: no columns known, so not Liquibase's
        }
        return List.of();
    }

    private static String unquote(String name) {
        return name.length() > 1 && (name.charAt(0) == '"' || name.charAt(0) == '`')
                ? name.substring(1, name.length() - 1) : name;
    }

    int size() {
        return tables.size();
    }

    /**
     * Fails when a created table is not in {@code inspected}: names each (with file:line), and says when its schema
     * is one schemactl does not inspect.
     *
     * @param scopes the schemas (PostgreSQL) or database (MariaDB) the inspector read; empty when the engine has one
     */
    void requireAllIn(Schema inspected, List<String> scopes, String what) {
        Set<String> present = new TreeSet<>();
        for (Table t : inspected.tables()) present.add(key(t.name()));
        inspected.unmanaged().stream().filter(o -> o.kind().equals("partition") || o.kind().equals("child table")).forEach(o -> present.add(key(o.name())));
        List<String> missing = new ArrayList<>();
        Set<String> outside = new TreeSet<>();
        for (Created c : tables.values()) {
            if (present.contains(key(c.name()))) continue;
            boolean inScope = c.qualifier() == null || scopes.isEmpty()
                    || scopes.stream().anyMatch(s -> s.equalsIgnoreCase(c.qualifier()));
            if (!inScope) outside.add(c.qualifier());
            missing.add(c.display() + " (" + c.file() + ":" + c.line() + ")");
        }
        if (missing.isEmpty()) return;
        String list = String.join(", ", missing.size() > 5 ? missing.subList(0, 5) : missing)
                + (missing.size() > 5 ? " and " + (missing.size() - 5) + " more" : "");
        String hint = !outside.isEmpty()
                ? "schemactl inspects " + String.join(", ", scopes) + " only: add " + String.join(", ", outside)
                + " to `schemas:` in schemactl.yaml, or create the tables in an inspected schema"
                : "make sure every CREATE TABLE of the file lands in the database schemactl reads (no session settings "
                + "that move it elsewhere)";
        throw new SchemactlException(ErrorCode.MIGRATION_FILE, what + " creates " + tables.size() + " tables, but "
                + missing.size() + " of them are not in the schema schemactl reads afterwards: " + list, hint);
    }

    /** The text of a U&"..." identifier: backslash escapes \\XXXX, \\+XXXXXX and \\\\ (the default UESCAPE). */
    private static String unicodeEscapes(String body) {
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < body.length(); i++) {
            char c = body.charAt(i);
            if (c != '\\' || i + 1 >= body.length()) out.append(c);
            else if (body.charAt(i + 1) == '\\') out.append(body.charAt(++i));
            else if (body.charAt(i + 1) == '+' && i + 8 <= body.length()) {
                out.appendCodePoint(Integer.parseInt(body.substring(i + 2, i + 8), 16));
                i += 7;
            } else if (i + 5 <= body.length()) {
                out.append((char) Integer.parseInt(body.substring(i + 1, i + 5), 16));
                i += 4;
            } else out.append(c);
        }
        return out.toString();
    }

    private static String key(String name) {
        return name.toLowerCase(Locale.ROOT);
    }

    /** {qualifier or null, name}, unquoted; unquoted parts lowercased when the engine folds them (PostgreSQL). */
    private static String[] qualified(String text, boolean fold) {
        List<String> parts = new ArrayList<>();
        int i = 0;
        String t = text.strip();
        while (i < t.length()) {
            char c = t.charAt(i);
            // PostgreSQL's Unicode-escape identifier (U&"a\\000Db", as schemactl writes a name holding a CR)
            boolean unicode = (c == 'U' || c == 'u') && t.startsWith("&\"", i + 1);
            if (unicode) c = t.charAt(i += 2);
            if (c == '"' || c == '`') {
                StringBuilder b = new StringBuilder();
                int j = i + 1;
                while (j < t.length()) {
                    if (t.charAt(j) == c) {
                        if (j + 1 < t.length() && t.charAt(j + 1) == c) {
                            b.append(c);
                            j += 2;
                            continue;
                        }
                        break;
                    }
                    b.append(t.charAt(j++));
                }
                parts.add(unicode ? unicodeEscapes(b.toString()) : b.toString());
                i = j + 1;
            } else if (c == '.' || Character.isWhitespace(c)) {
                i++;
            } else {
                int j = i;
                while (j < t.length() && t.charAt(j) != '.' && !Character.isWhitespace(t.charAt(j))) j++;
                String part = t.substring(i, j);
                parts.add(fold ? part.toLowerCase(Locale.ROOT) : part);
                i = j;
            }
        }
        if (parts.isEmpty()) return new String[]{null, t};
        if (parts.size() == 1) return new String[]{null, parts.get(0)};
        return new String[]{parts.get(parts.size() - 2), parts.get(parts.size() - 1)};
    }
}
