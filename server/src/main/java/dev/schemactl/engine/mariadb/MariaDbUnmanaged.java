package dev.schemactl.engine.mariadb;

import dev.schemactl.engine.UnmanagedDdl;
import dev.schemactl.schema.UnmanagedObject;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static dev.schemactl.engine.mariadb.MariaDbSessionVariable.COLLATION_CONNECTION;
import static dev.schemactl.engine.mariadb.MariaDbSessionVariable.SQL_MODE;
import static dev.schemactl.engine.mariadb.MariaDbSessionVariable.TIME_ZONE;

/**
 * What the MariaDB inspector sees but the model does not carry, in a few bulk queries: views (from
 * information_schema.VIEWS the tables and columns they name; their definitions from SHOW CREATE VIEW, see
 * {@link #asStored}, with the database's own name taken out so they load into any database), triggers
 * (information_schema.TRIGGERS; their text from SHOW CREATE TRIGGER, see {@link #asWritten}), stored procedures and functions
 * (mysql.proc, which holds their parameter lists; when it cannot be read they are listed without a definition), events
 * (information_schema.EVENTS; their text from SHOW CREATE EVENT, see {@link #eventAsShown}).
 * It also writes them back for dump and baseline, routines, triggers and events between
 * {@code DELIMITER ;;} lines as mysqldump does.
 */
final class MariaDbUnmanaged implements UnmanagedDdl {

    /**
     * Views, triggers and events in one query: kind, name, table, and what each needs (a trigger's action order in seq;
     * for an event, in c, whether its STARTS is the moment it was created or its schedule last altered, which the server
     * sets when the statement gives none). Events sort last ('zevent').
     */
    private static final String OBJECTS = """
            SELECT 'view' AS kind, TABLE_NAME AS name, NULL AS tbl, VIEW_DEFINITION AS body, CHECK_OPTION AS a,
                   SECURITY_TYPE AS b, ALGORITHM AS c, 0 AS seq
            FROM information_schema.VIEWS WHERE TABLE_SCHEMA = ?
            UNION ALL
            SELECT 'trigger', TRIGGER_NAME, EVENT_OBJECT_TABLE, ACTION_STATEMENT, EVENT_MANIPULATION, ACTION_TIMING, NULL,
                   ACTION_ORDER
            FROM information_schema.TRIGGERS WHERE TRIGGER_SCHEMA = ?
            UNION ALL
            SELECT 'zevent', EVENT_NAME, NULL, EVENT_DEFINITION, NULL, NULL,
                   CASE WHEN EVENT_TYPE = 'RECURRING' AND STARTS IN (CREATED, LAST_ALTERED) THEN 'now' END, 0
            FROM information_schema.EVENTS WHERE EVENT_SCHEMA = ?
            ORDER BY 1, 3, 2, 8
            """;

    private static final String ROUTINES = """
            SELECT name, type, CAST(param_list AS CHAR) AS params, CAST(returns AS CHAR) AS returns_type,
                   CAST(body AS CHAR) AS body, is_deterministic, sql_data_access, security_type, CAST(comment AS CHAR) AS note,
                   CAST(sql_mode AS CHAR) AS mode
            FROM mysql.proc WHERE db = ? AND type IN ('PROCEDURE', 'FUNCTION')
            """;

    private static final String ROUTINE_NAMES = """
            SELECT ROUTINE_NAME AS name, ROUTINE_TYPE AS type FROM information_schema.ROUTINES WHERE ROUTINE_SCHEMA = ?
            """;

    /** @param tables the database's tables (the inspector has read them): those a trigger body may name (see MariaDbTriggerColumns) */
    static List<UnmanagedObject> read(Connection connection, String database, java.util.Set<String> tables) throws SQLException {
        List<UnmanagedObject> out = new ArrayList<>();
        String own = "`" + database.replace("`", "``") + "`.";
        Pattern reference = Pattern.compile(Pattern.quote(own) + "`((?:[^`]|``)+)`(?:\\.`((?:[^`]|``)+)`)?");
        Map<String, UnmanagedObject> views = new LinkedHashMap<>();
        List<UnmanagedObject> events = new ArrayList<>(); // definition: "now" when STARTS is the server's, until asWritten
        List<String> slots = new ArrayList<>(); // each trigger's table, timing, event and action order, as out holds them
        try (PreparedStatement ps = connection.prepareStatement(OBJECTS)) {
            for (int i = 1; i <= 3; i++) ps.setString(i, database);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    String name = rs.getString("name");
                    String table = rs.getString("tbl");
                    String body = rs.getString("body");
                    switch (rs.getString("kind")) {
                        case "view" -> {
                            List<String> uses = new ArrayList<>();
                            Matcher m = reference.matcher(body);
                            while (m.find()) uses.add(m.group(2) == null ? m.group(1) : m.group(1) + "." + m.group(2));
                            String check = rs.getString("a");
                            String definition = "CREATE ALGORITHM=" + rs.getString("c") + " SQL SECURITY " + rs.getString("b")
                                    + " VIEW " + quote(name) + " AS " + body.replace(own, "")
                                    + (check == null || "NONE".equals(check) ? "" : " WITH " + check + " CHECK OPTION");
                            views.put(name, new UnmanagedObject("view", null, name, null, definition, uses));
                        }
                        case "zevent" -> events.add(new UnmanagedObject("event", null, name, null,
                                rs.getString("c"), MariaDbTriggerColumns.tablesNamed(body, tables)));
                        default -> {
                            out.add(new UnmanagedObject("trigger", null, name, table, "CREATE TRIGGER " + quote(name)
                                    + " " + rs.getString("b") + " " + rs.getString("a") + " ON " + quote(table) + " FOR EACH ROW " + body,
                                    MariaDbTriggerColumns.uses(table, body, tables)));
                            slots.add(table + "\0" + rs.getString("b") + "\0" + rs.getString("a") + "\0" + rs.getLong("seq"));
                        }
                    }
                }
            }
        }
        Map<String, String> bySlot = new java.util.HashMap<>();
        for (int i = 0; i < slots.size(); i++) bySlot.put(slots.get(i), out.get(i).name());
        String triggerSession = slots.isEmpty() ? null : COLLATION_CONNECTION.read(connection);
        String sessionMode = slots.isEmpty() ? null : SQL_MODE.read(connection);
        for (int i = 0; i < slots.size(); i++) {
            String slot = slots.get(i);
            long order = Long.parseLong(slot.substring(slot.lastIndexOf('\0') + 1));
            String previous = bySlot.get(slot.substring(0, slot.lastIndexOf('\0') + 1) + (order - 1));
            out.set(i, asWritten(connection, own, out.get(i), previous, triggerSession, sessionMode));
        }
        String session = views.isEmpty() ? null : COLLATION_CONNECTION.read(connection);
        for (UnmanagedObject view : views.values()) out.add(asStored(connection, own, view, session));
        out.addAll(routines(connection, database));
        if (!events.isEmpty()) {
            String collation = COLLATION_CONNECTION.read(connection);
            String mode = SQL_MODE.read(connection);
            String zone = TIME_ZONE.read(connection);
            for (UnmanagedObject event : events) out.add(eventAsShown(connection, own, event, collation, mode, zone));
        }
        return out;
    }

    private static final Pattern EVENT_STARTS = Pattern.compile(" STARTS '[^']*'");

    /**
     * The event as SHOW CREATE EVENT gives it (without DEFINER and the database's own name), one statement per event
     * as for triggers, under the sql_mode, time zone and collation it was created under when they are not this
     * session's. The STARTS of a recurring event created (or rescheduled) without one is the server's clock at that
     * moment: it is left out, so that the same event made a second later elsewhere (B, a shadow database) reads alike,
     * and a dump starts it when it is loaded. A STARTS the statement gave stays.
     */
    private static UnmanagedObject eventAsShown(Connection connection, String own, UnmanagedObject event, String session,
                                                String sessionMode, String sessionZone) throws SQLException {
        try (var st = connection.createStatement();
             ResultSet rs = st.executeQuery("SHOW CREATE EVENT " + own + quote(event.name()))) {
            if (!rs.next()) return new UnmanagedObject("event", null, event.name(), null, null, event.dependsOn());
            String definition = DEFINER.matcher(rs.getString(4)).replaceFirst("").replace(own, "");
            if ("now".equals(event.definition())) definition = EVENT_STARTS.matcher(definition).replaceFirst("");
            definition = COLLATION_CONNECTION.around(definition, rs.getString(6), session, ";;");
            definition = SQL_MODE.around(definition, rs.getString(2), sessionMode, ";;");
            definition = TIME_ZONE.around(definition, rs.getString(3), sessionZone, ";;");
            return new UnmanagedObject("event", null, event.name(), null, definition, event.dependsOn());
        }
    }

    private static final int ER_VIEW_INVALID = 1356;

    private static final Pattern FOR_EACH_ROW = Pattern.compile("(?i)\\bFOR\\s+EACH\\s+ROW\\b");

    private static final Pattern DEFINER = Pattern.compile(" DEFINER=(?:`(?:[^`]|``)*`|\\S+)@(?:`(?:[^`]|``)*`|\\S+)");

    /**
     * The view as SHOW CREATE VIEW gives it (without DEFINER and the database's own name): information_schema.VIEWS
     * drops the character set introducers of its literals ({@code _utf8mb3' '}), which decide their character set
     * and so the types of the view's columns. One statement per view, as MariaDB has no bulk form of it; the
     * information_schema text stays when the server cannot show the view (it names a table that is gone).
     */
    private static UnmanagedObject asStored(Connection connection, String own, UnmanagedObject view, String session)
            throws SQLException {
        try (var st = connection.createStatement();
             ResultSet rs = st.executeQuery("SHOW CREATE VIEW " + own + quote(view.name()))) {
            if (!rs.next()) return view;
            String definition = DEFINER.matcher(rs.getString(2)).replaceFirst("").replace(own, "");
            return new UnmanagedObject("view", null, view.name(), null, COLLATION_CONNECTION.around(definition, rs.getString(4), session, ";"),
                    view.dependsOn());
        } catch (SQLException e) {
            if (e.getErrorCode() == ER_VIEW_INVALID) return view;
            throw e;
        }
    }

    /**
     * The trigger as it was written (SHOW CREATE TRIGGER's original statement, without DEFINER and the database's own
     * name): the server keeps that text, so a trigger rebuilt from information_schema (Zabbix's lower-case
     * {@code create trigger hosts_name_upper_insert before insert on hosts ...}) would load as another statement.
     * One statement per trigger, as for views. The server leaves {@code FOLLOWS} out of that text; it is put back
     * after {@code FOR EACH ROW} when the trigger runs after another of its table, timing and event, so that a dump
     * (which writes it after that one) keeps their order.
     */
    private static UnmanagedObject asWritten(Connection connection, String own, UnmanagedObject trigger, String previous,
                                             String session, String sessionMode) throws SQLException {
        try (var st = connection.createStatement();
             ResultSet rs = st.executeQuery("SHOW CREATE TRIGGER " + own + quote(trigger.name()))) {
            if (!rs.next()) return trigger;
            String definition = DEFINER.matcher(rs.getString(3)).replaceFirst("").replace(own, "");
            if (previous != null) {
                Matcher row = FOR_EACH_ROW.matcher(definition);
                if (row.find()) definition = withFollows(definition, row.end(), previous, rs.getString(2));
            }
            definition = COLLATION_CONNECTION.around(definition, rs.getString(5), session, ";;");
            definition = SQL_MODE.around(definition, rs.getString(2), sessionMode, ";;");
            return new UnmanagedObject("trigger", null, trigger.name(), trigger.table(), definition, trigger.dependsOn());
        }
    }

    /**
     * The server stores a trigger's text without its FOLLOWS clause, and where that clause was cut depends on the
     * sql_mode the trigger is created under (it is loaded under its own, {@link MariaDbSessionVariable#SQL_MODE}), as tried on
     * 10.11: with IGNORE_SPACE (Connector/J's sessions) from FOLLOWS to the end of the name, so the clause goes after
     * the white space that follows {@code FOR EACH ROW}, right before the body; without it (the mariadb client's) from
     * the white space before FOLLOWS to the end of the name, so the clause goes right after {@code ROW}, and the name
     * must not touch the body there: {@code FOLLOWS `t1`SET ...} then makes a trigger with an empty name in a corrupt
     * TRG file. A space after the name only where the body would touch it.
     */
    private static String withFollows(String definition, int rowEnd, String previous, String mode) {
        boolean ignoreSpace = mode != null && mode.toUpperCase(java.util.Locale.ROOT).contains("IGNORE_SPACE");
        boolean space = rowEnd < definition.length() && Character.isWhitespace(definition.charAt(rowEnd));
        int at = ignoreSpace && space ? rowEnd + 1 : rowEnd;
        boolean touches = at >= definition.length() || !Character.isWhitespace(definition.charAt(at));
        String clause = (at == rowEnd ? " " : "") + "FOLLOWS " + quote(previous)
                + (touches && (!ignoreSpace || at < definition.length() && definition.charAt(at) == '`') ? " " : "");
        return definition.substring(0, at) + clause + definition.substring(at);
    }

    private static List<UnmanagedObject> routines(Connection connection, String database) throws SQLException {
        List<UnmanagedObject> out = new ArrayList<>();
        List<String> modes = new ArrayList<>();
        try (PreparedStatement ps = connection.prepareStatement(ROUTINES)) {
            ps.setString(1, database);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    String type = rs.getString("type");
                    String name = rs.getString("name");
                    String note = rs.getString("note");
                    String definition = "CREATE " + type + " " + quote(name) + "(" + rs.getString("params") + ")"
                            + ("FUNCTION".equals(type) ? " RETURNS " + rs.getString("returns_type") : "")
                            + ("YES".equals(rs.getString("is_deterministic")) ? " DETERMINISTIC" : "")
                            + " " + rs.getString("sql_data_access").replace('_', ' ')
                            + " SQL SECURITY " + rs.getString("security_type")
                            + (note == null || note.isEmpty() ? "" : " COMMENT '" + note.replace("\\", "\\\\").replace("'", "''") + "'")
                            + "\n" + rs.getString("body");
                    out.add(new UnmanagedObject(type.toLowerCase(), null, name, null, definition, List.of()));
                    modes.add(rs.getString("mode"));
                }
            }
            // like a trigger, a routine runs under the sql_mode it was created under (the server stores it); the
            // session's mode is asked only when there are routines (the inspector's query count does not grow)
            String sessionMode = out.isEmpty() ? null : SQL_MODE.read(connection);
            for (int i = 0; i < out.size(); i++) {
                UnmanagedObject o = out.get(i);
                out.set(i, new UnmanagedObject(o.kind(), null, o.name(), null, SQL_MODE.around(o.definition(), modes.get(i), sessionMode, ";;"),
                        List.of()));
            }
            return out;
        } catch (SQLException noAccessToMysqlProc) {
            try (PreparedStatement ps = connection.prepareStatement(ROUTINE_NAMES)) {
                ps.setString(1, database);
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) out.add(new UnmanagedObject(rs.getString("type").toLowerCase(), rs.getString("name")));
                }
            }
            return out;
        }
    }

    @Override
    public List<String> afterTables(List<UnmanagedObject> objects) {
        List<String> out = new ArrayList<>();
        // routines before the views that may call them (their bodies are not checked at creation), triggers last
        out.addAll(delimited(objects, List.of("function", "procedure")));
        out.addAll(viewsInDependencyOrder(objects));
        out.addAll(delimited(triggersAfterTheOnesTheyFollow(objects), List.of("trigger")));
        out.addAll(delimited(objects, List.of("event")));
        return out;
    }

    /** A {@code DELIMITER ;;} block (as mysqldump writes routines and triggers for the mysql client) becomes one statement per body. */
    @Override
    public List<String> asMigrationStatements(List<String> statements) {
        List<String> out = new ArrayList<>();
        for (String s : statements) {
            if (s.startsWith(DELIMITED_OPEN) && s.endsWith(DELIMITED_CLOSE)) {
                out.addAll(List.of(s.substring(DELIMITED_OPEN.length(), s.length() - DELIMITED_CLOSE.length()).split(BODY_SEPARATOR)));
            } else {
                out.add(s);
            }
        }
        return out;
    }

    private static final String DELIMITED_OPEN = "DELIMITER ;;\n";
    private static final String DELIMITED_CLOSE = ";;\nDELIMITER ;";
    private static final String BODY_SEPARATOR = ";;\n\n";

    /** The objects of {@code kinds} between {@code DELIMITER ;;} lines, as one statement; none when there are none. */
    private static List<String> delimited(List<UnmanagedObject> objects, List<String> kinds) {
        List<String> bodies = new ArrayList<>();
        for (String kind : kinds) {
            objects.stream().filter(o -> o.kind().equals(kind) && o.definition() != null).forEach(o -> bodies.add(o.definition()));
        }
        return bodies.isEmpty() ? List.of() : List.of(DELIMITED_OPEN + String.join(BODY_SEPARATOR, bodies) + DELIMITED_CLOSE);
    }

    private static final Pattern FOLLOWS = Pattern.compile("(?i)\\bFOR\\s+EACH\\s+ROW\\s+FOLLOWS\\s+`((?:[^`]|``)+)`");

    /** Triggers, each after the one it follows (name order otherwise): FOLLOWS names a trigger that must exist. */
    private static List<UnmanagedObject> triggersAfterTheOnesTheyFollow(List<UnmanagedObject> objects) {
        List<UnmanagedObject> pending = new ArrayList<>(objects.stream()
                .filter(o -> o.kind().equals("trigger") && o.definition() != null).toList());
        java.util.Set<String> waiting = new java.util.HashSet<>();
        pending.forEach(o -> waiting.add(o.name()));
        List<UnmanagedObject> out = new ArrayList<>();
        while (!pending.isEmpty()) {
            boolean progressed = false;
            for (var it = pending.iterator(); it.hasNext(); ) {
                UnmanagedObject o = it.next();
                Matcher m = FOLLOWS.matcher(o.definition());
                if (!m.find() || !waiting.contains(m.group(1).replace("``", "`"))) {
                    out.add(o);
                    waiting.remove(o.name());
                    it.remove();
                    progressed = true;
                }
            }
            if (!progressed) {
                out.addAll(pending);
                break;
            }
        }
        return out;
    }

    /** Views, each after the views it selects from (name order otherwise; a cycle, which MariaDB refuses, keeps it). */
    private static List<String> viewsInDependencyOrder(List<UnmanagedObject> objects) {
        List<UnmanagedObject> pending = new ArrayList<>(objects.stream()
                .filter(o -> o.kind().equals("view") && o.definition() != null).toList());
        java.util.Set<String> waiting = new java.util.HashSet<>();
        pending.forEach(o -> waiting.add(o.name()));
        List<String> out = new ArrayList<>();
        while (!pending.isEmpty()) {
            boolean progressed = false;
            for (var it = pending.iterator(); it.hasNext(); ) {
                UnmanagedObject o = it.next();
                boolean ready = o.dependsOn().stream().map(d -> d.contains(".") ? d.substring(0, d.indexOf('.')) : d)
                        .noneMatch(d -> !d.equals(o.name()) && waiting.contains(d));
                if (ready) {
                    out.add(o.definition());
                    waiting.remove(o.name());
                    it.remove();
                    progressed = true;
                }
            }
            if (!progressed) {
                pending.forEach(o -> out.add(o.definition()));
                break;
            }
        }
        return out;
    }

    /**
     * Triggers and routines: MariaDB keeps their bodies as text, nothing in the catalog depends on them (a view or
     * trigger calling a routine is bound when it runs), and their definitions here are what SHOW CREATE reads back.
     * Not a trigger that runs after another of its slot: the FOLLOWS clause {@link #withFollows} puts back before a
     * body that starts with a letter ({@code FOLLOWS `a`SET ...}) leaves MariaDB 10.11.19 a trigger with an empty name
     * and a corrupted TRG file (then neither SHOW CREATE TRIGGER nor DROP DATABASE works).
     */
    @Override
    public boolean replaceable(UnmanagedObject o) {
        return o.definition() != null && REPLACEABLE.contains(o.kind())
                && !(o.kind().equals("trigger") && FOLLOWS.matcher(o.definition()).find());
    }

    private static final java.util.Set<String> REPLACEABLE = java.util.Set.of("trigger", "function", "procedure");

    /** What {@link #replaceable} replaces, views and events too: nothing is lost by dropping one the plan made. */
    @Override
    public boolean creatable(UnmanagedObject o) {
        return replaceable(o) || o.definition() != null && (o.kind().equals("view") || o.kind().equals("event"));
    }

    @Override
    public String drop(UnmanagedObject o) {
        return switch (o.kind()) {
            case "view" -> "DROP VIEW IF EXISTS " + quote(o.name());
            case "trigger" -> "DROP TRIGGER IF EXISTS " + quote(o.name());
            case "procedure" -> "DROP PROCEDURE IF EXISTS " + quote(o.name());
            case "function" -> "DROP FUNCTION IF EXISTS " + quote(o.name());
            case "event" -> "DROP EVENT IF EXISTS " + quote(o.name());
            default -> null;
        };
    }

    private static String quote(String identifier) {
        return "`" + identifier.replace("`", "``") + "`";
    }
}
