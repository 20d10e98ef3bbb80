package dev.schemactl.engine.mariadb;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;

/**
 * A session variable the server stores with a view, trigger, routine or event, and that its CREATE statement must run
 * under when it is not the loading session's ({@code SET STATEMENT} cannot set every one of them): the statement goes
 * between {@code SET v = value} and a {@code SET} back to the session's own value, kept in {@code @schemactl_v}.
 */
enum MariaDbSessionVariable {
    /**
     * Gives a view's literals their character set and collation ({@code 'x' AS k} is a latin1 column of a view made
     * under latin1) and a trigger body's literals theirs ({@code NEW.name = 'abc'} compares under it).
     * {@code character_set_client} stays the session's: Connector/J closes a connection whose client character set is
     * anything but UTF-8, SET STATEMENT refuses it, and the text it sends is UTF-8 anyway.
     */
    COLLATION_CONNECTION("collation_connection", false),
    /**
     * A trigger's or routine's body runs under it (a trigger made by the mariadb client has no IGNORE_SPACE, which
     * Connector/J's sessions have).
     */
    SQL_MODE("sql_mode", true),
    /** An event's AT / STARTS / ENDS times are read in it. */
    TIME_ZONE("time_zone", true);

    private final String name;
    private final boolean quoted;

    MariaDbSessionVariable(String name, boolean quoted) {
        this.name = name;
        this.quoted = quoted;
    }

    /**
     * {@code definition} run under {@code value} when that is not {@code session} (unchanged when either is unknown),
     * statements ending in {@code delimiter} ({@code ;;} inside a {@code DELIMITER ;;} block).
     */
    String around(String definition, String value, String session, String delimiter) {
        if (value == null || session == null || value.equalsIgnoreCase(session)) return definition;
        String written = quoted ? "'" + value.replace("'", "''") + "'" : value;
        return "SET @schemactl_" + name + " = @@" + name + delimiter + "\nSET " + name + " = " + written + delimiter + "\n"
                + definition + delimiter + "\nSET " + name + " = @schemactl_" + name;
    }

    /** This session's value. */
    String read(Connection connection) throws SQLException {
        try (var st = connection.createStatement(); ResultSet rs = st.executeQuery("SELECT @@" + name)) {
            return rs.next() ? rs.getString(1) : null;
        }
    }
}
