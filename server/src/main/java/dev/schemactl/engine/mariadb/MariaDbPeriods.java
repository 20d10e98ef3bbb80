package dev.schemactl.engine.mariadb;

import dev.schemactl.schema.Period;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Periods, which information_schema misreports: an application-time period ({@code PERIOD FOR stay (date_from,
 * date_to)}) shows as a table CHECK named after it ({@code `date_from` < `date_to`}) and its
 * {@code UNIQUE (room_id, stay WITHOUT OVERLAPS)} keys as plain unique keys over the key columns, then the period's end
 * and start; {@code PERIOD FOR SYSTEM_TIME} over explicit row start / end columns ({@code GENERATED ALWAYS AS ROW START})
 * as STORED generated columns of expression {@code ROW START}. So both are read from SHOW CREATE TABLE of the tables
 * that may have one (one statement each, as for partitions). Both are part of the model ({@link Period},
 * {@link dev.schemactl.schema.UniqueConstraint#withoutOverlaps()}, the row start / end column kinds
 * {@link dev.schemactl.schema.GeneratedKind#ROW_START} / {@code ROW_END}); the inspector drops the implicit check and
 * gives the keys their period.
 */
final class MariaDbPeriods {
    private MariaDbPeriods() {
    }

    /** What SHOW CREATE TABLE says of one table: its periods (SYSTEM_TIME among them) and its WITHOUT OVERLAPS keys. */
    record Read(List<Period> periods, Map<String, String> withoutOverlaps) {
        /** The period key {@code keyName} is unique without overlaps of, null for a plain key. */
        String periodOf(String keyName) {
            return withoutOverlaps.get(keyName);
        }
    }

    /** The CHECK_CLAUSE of an application-time period's implicit check (a user's check may read the same). */
    private static final Pattern PERIOD_CHECK = Pattern.compile("`(?:[^`]|``)+` < `(?:[^`]|``)+`");

    /** A SHOW CREATE TABLE line {@code PERIOD FOR `stay` (`date_from`, `date_to`)} (SYSTEM_TIME unquoted). */
    private static final Pattern PERIOD = Pattern.compile(
            "^PERIOD FOR (`(?:[^`]|``)+`|SYSTEM_TIME) \\(`((?:[^`]|``)+)`, `((?:[^`]|``)+)`\\)$");

    /** A SHOW CREATE TABLE line {@code UNIQUE KEY `uq` (`room_id`,`stay` WITHOUT OVERLAPS)}. */
    private static final Pattern OVERLAPS_KEY = Pattern.compile("^UNIQUE KEY `((?:[^`]|``)+)` \\(.*,`((?:[^`]|``)+)` WITHOUT OVERLAPS\\).*$");

    /** True when a table CHECK clause may be an application-time period's. */
    static boolean mayBePeriodCheck(String clause) {
        return PERIOD_CHECK.matcher(clause.trim()).matches();
    }

    /** True for the generation expression of an explicit system-versioning row start or end column. */
    static boolean rowStartOrEnd(String generationExpression) {
        return generationExpression != null
                && (generationExpression.equalsIgnoreCase("ROW START") || generationExpression.equalsIgnoreCase("ROW END"));
    }

    /** The periods of the given tables of {@code database} (those that may have one), by table. */
    static Map<String, Read> read(Connection connection, String database, Collection<String> tables) throws SQLException {
        Map<String, Read> out = new LinkedHashMap<>();
        for (String table : tables) {
            try (Statement st = connection.createStatement();
                 ResultSet rs = st.executeQuery("SHOW CREATE TABLE " + quote(database) + "." + quote(table))) {
                if (rs.next()) out.put(table, parse(table, rs.getString(2)));
            }
        }
        return out;
    }

    /** The periods a SHOW CREATE TABLE text declares and the keys unique without overlaps of one. */
    static Read parse(String table, String showCreateTable) {
        List<String> lines = showCreateTable.lines().map(String::strip)
                .map(l -> l.endsWith(",") ? l.substring(0, l.length() - 1) : l).toList();
        List<Period> periods = new ArrayList<>();
        Map<String, String> withoutOverlaps = new LinkedHashMap<>();
        for (String line : lines) {
            Matcher key = OVERLAPS_KEY.matcher(line);
            if (key.matches()) withoutOverlaps.put(unquote(key.group(1)), unquote(key.group(2)));
            Matcher m = PERIOD.matcher(line);
            if (!m.matches()) continue;
            String start = unquote(m.group(2));
            String end = unquote(m.group(3));
            if (m.group(1).equals(Period.SYSTEM_TIME)) periods.add(Period.systemTime(start, end));
            else periods.add(new Period(m.group(1).substring(1, m.group(1).length() - 1).replace("``", "`"), start, end));
        }
        return new Read(periods, withoutOverlaps);
    }

    private static String unquote(String inner) {
        return inner.replace("``", "`");
    }

    private static String quote(String identifier) {
        return "`" + identifier.replace("`", "``") + "`";
    }
}
