package dev.schemactl.engine.mariadb;

import dev.schemactl.schema.UnmanagedObject;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Periods, which the model does not carry: {@code PERIOD FOR SYSTEM_TIME} over explicit row start / row end columns
 * ({@code GENERATED ALWAYS AS ROW START}) and application-time periods ({@code PERIOD FOR stay (date_from, date_to)},
 * with their {@code UNIQUE (room_id, stay WITHOUT OVERLAPS)} keys). information_schema shows the first as STORED
 * generated columns of expression {@code ROW START}, the second as a table CHECK named after the period
 * ({@code `date_from` < `date_to`}) and its keys as plain unique keys over both ends: written back from that, they
 * become a syntax error or, worse, a check and a unique key that apply and behave otherwise. So each is an unmanaged
 * object of its table (kind {@code period}), read from SHOW CREATE TABLE of the tables that may have one (one
 * statement each, as for partitions), and a plan that would change such a table is refused.
 */
final class MariaDbPeriods {
    private MariaDbPeriods() {
    }

    /** The CHECK_CLAUSE of an application-time period's implicit check (a user's check may read the same). */
    private static final Pattern PERIOD_CHECK = Pattern.compile("`(?:[^`]|``)+` < `(?:[^`]|``)+`");

    /** A SHOW CREATE TABLE line {@code PERIOD FOR `stay` (`date_from`, `date_to`)} (SYSTEM_TIME unquoted). */
    private static final Pattern PERIOD = Pattern.compile(
            "^PERIOD FOR (`(?:[^`]|``)+`|SYSTEM_TIME) \\(`((?:[^`]|``)+)`, `((?:[^`]|``)+)`\\)$");

    /** True when a table CHECK clause may be an application-time period's. */
    static boolean mayBePeriodCheck(String clause) {
        return PERIOD_CHECK.matcher(clause.trim()).matches();
    }

    /** True for the generation expression of an explicit system-versioning row start or end column. */
    static boolean rowStartOrEnd(String generationExpression) {
        return generationExpression != null
                && (generationExpression.equalsIgnoreCase("ROW START") || generationExpression.equalsIgnoreCase("ROW END"));
    }

    /** The periods of the given tables of {@code database} (those that may have one). */
    static List<UnmanagedObject> read(Connection connection, String database, Collection<String> tables) throws SQLException {
        List<UnmanagedObject> out = new ArrayList<>();
        for (String table : tables) {
            try (Statement st = connection.createStatement();
                 ResultSet rs = st.executeQuery("SHOW CREATE TABLE " + quote(database) + "." + quote(table))) {
                if (rs.next()) out.addAll(parse(table, rs.getString(2)));
            }
        }
        return out;
    }

    /** The periods a SHOW CREATE TABLE text declares, each with the WITHOUT OVERLAPS keys that use it. */
    static List<UnmanagedObject> parse(String table, String showCreateTable) {
        List<String> lines = showCreateTable.lines().map(String::strip)
                .map(l -> l.endsWith(",") ? l.substring(0, l.length() - 1) : l).toList();
        List<UnmanagedObject> out = new ArrayList<>();
        for (String line : lines) {
            Matcher m = PERIOD.matcher(line);
            if (!m.matches()) continue;
            String quoted = m.group(1);
            String name = quoted.startsWith("`") ? quoted.substring(1, quoted.length() - 1).replace("``", "`") : quoted;
            StringBuilder definition = new StringBuilder(line);
            String overlaps = quoted + " WITHOUT OVERLAPS)";
            lines.stream().filter(l -> l.startsWith("UNIQUE KEY ") && l.endsWith(overlaps)).forEach(l -> definition.append(", ").append(l));
            String start = m.group(2).replace("``", "`");
            String end = m.group(3).replace("``", "`");
            out.add(new UnmanagedObject("period", null, name, table, definition.toString(),
                    List.of(table + "." + start, table + "." + end)));
        }
        return out;
    }

    private static String quote(String identifier) {
        return "`" + identifier.replace("`", "``") + "`";
    }
}
