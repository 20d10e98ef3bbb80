package dev.schemactl.engine.postgres;

import dev.schemactl.diff.Change;
import dev.schemactl.diff.Renames;
import dev.schemactl.engine.DatabaseHandle;
import dev.schemactl.risk.Finding;
import dev.schemactl.service.RiskService;
import org.junit.jupiter.api.Test;

import java.sql.Connection;
import java.sql.SQLException;
import java.time.Duration;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * {@code ALTER SEQUENCE ... OWNED BY} of a standalone sequence (not a serial's; issue 11, corpus pair 317): once left
 * out of plans. Each case is judged by pg_dump, and by {@code pg_depend} read here.
 */
class PostgresSequenceOwnerTest {

    private static final String TABLE = "CREATE TABLE t (id integer PRIMARY KEY, a integer, b integer);";

    @Test
    void aNewSequenceIsOwnedOnceItsColumnExists() throws Exception {
        try (PostgresOracleMigration m = new PostgresOracleMigration("", """
                CREATE SEQUENCE ticket_seq AS integer;
                CREATE TABLE t (id integer PRIMARY KEY, ticket integer DEFAULT nextval('ticket_seq'));
                ALTER SEQUENCE ticket_seq OWNED BY t.ticket;
                """)) {
            List<Class<?>> kinds = m.plan.changes().stream().<Class<?>>map(Object::getClass).toList();
            assertThat(kinds.indexOf(Change.SetSequenceOwner.class)).isGreaterThan(kinds.indexOf(Change.CreateTable.class));
            assertThat(m.forward).contains("ALTER SEQUENCE ticket_seq OWNED BY t.ticket");
            try (DatabaseHandle h = DatabaseHandle.open(m.live.url(), Duration.ofSeconds(10))) {
                // the plan made the sequence: nothing waits on its lock
                assertThat(RiskService.scorePlan(m.plan, h, false).findings()).extracting(Finding::ruleId).doesNotContain("BP-LOCK-TIMEOUT");
            }
            m.applyAndRollBack();
            m.apply(m.forward);
            assertThat(owners(m.a)).containsExactly("ticket_seq owned by t.ticket");
        }
    }

    @Test
    void anOwnerIsSetOnAKeptSequenceAndClearedOnRollback() throws Exception {
        try (PostgresOracleMigration m = new PostgresOracleMigration("CREATE SEQUENCE s;" + TABLE,
                "CREATE SEQUENCE s;" + TABLE + "ALTER SEQUENCE s OWNED BY t.a;")) {
            assertThat(m.forward).containsExactly("ALTER SEQUENCE s OWNED BY t.a");
            assertThat(m.rollback).containsExactly("ALTER SEQUENCE s OWNED BY NONE");
            try (DatabaseHandle h = DatabaseHandle.open(m.live.url(), Duration.ofSeconds(10))) {
                // ALTER SEQUENCE waits for the transactions that called nextval, and nextval then waits for it
                assertThat(RiskService.scorePlan(m.plan, h, false).findings()).extracting(Finding::ruleId).contains("BP-LOCK-TIMEOUT");
            }
            m.applyAndRollBack();
        }
    }

    @Test
    void anOwnerMovesToAnotherColumn() throws Exception {
        try (PostgresOracleMigration m = new PostgresOracleMigration("CREATE SEQUENCE s;" + TABLE + "ALTER SEQUENCE s OWNED BY t.a;",
                "CREATE SEQUENCE s;" + TABLE + "ALTER SEQUENCE s OWNED BY t.b;")) {
            // cleared first, set last: the plan may drop the old column or change the table's persistence in between
            assertThat(m.forward).containsExactly("ALTER SEQUENCE s OWNED BY NONE", "ALTER SEQUENCE s OWNED BY t.b");
            m.applyAndRollBack();
        }
    }

    @Test
    void anOwnerIsClearedBeforeItsColumnIsDroppedSoTheSequenceStays() throws Exception {
        try (PostgresOracleMigration m = new PostgresOracleMigration("CREATE SEQUENCE s;" + TABLE + "ALTER SEQUENCE s OWNED BY t.a;",
                "CREATE SEQUENCE s; CREATE TABLE t (id integer PRIMARY KEY, b integer); ALTER SEQUENCE s OWNED BY t.b;")) {
            assertThat(m.forward.get(0)).isEqualTo("ALTER SEQUENCE s OWNED BY NONE");
            m.applyAndRollBack();
            m.apply(m.forward);
            assertThat(owners(m.a)).containsExactly("s owned by t.b");
        }
    }

    @Test
    void anOwnedSequenceAndItsTableAreBothDroppedAndBothComeBack() throws Exception {
        try (PostgresOracleMigration m = new PostgresOracleMigration(
                "CREATE SEQUENCE s;" + TABLE + "ALTER SEQUENCE s OWNED BY t.a; CREATE TABLE keep (id integer PRIMARY KEY);",
                "CREATE TABLE keep (id integer PRIMARY KEY);")) {
            m.applyAndRollBack();
        }
    }

    @Test
    void anOwnedSequenceOfAKeptColumnIsDroppedAndComesBackOwned() throws Exception {
        try (PostgresOracleMigration m = new PostgresOracleMigration("CREATE SEQUENCE s;" + TABLE + "ALTER SEQUENCE s OWNED BY t.a;",
                TABLE)) {
            m.applyAndRollBack();
        }
    }

    @Test
    void aTableMadeUnloggedLeavesTheSequenceItNoLongerOwnsLogged() throws Exception {
        try (PostgresOracleMigration m = new PostgresOracleMigration("CREATE SEQUENCE s;" + TABLE + "ALTER SEQUENCE s OWNED BY t.a;",
                "CREATE SEQUENCE s;" + TABLE.replace("CREATE TABLE", "CREATE UNLOGGED TABLE"))) {
            m.applyAndRollBack();
            m.apply(m.forward);
            assertThat(PostgresOracleMigration.rows(m.a, "SELECT relpersistence::text FROM pg_class WHERE oid = 'public.s'::regclass"))
                    .containsExactly("p");
        }
    }

    @Test
    void renamingTheOwningTableAndColumnKeepsTheOwnerWithoutAStep() throws Exception {
        try (PostgresOracleMigration m = new PostgresOracleMigration("CREATE SEQUENCE s;" + TABLE + "ALTER SEQUENCE s OWNED BY t.a;",
                "CREATE SEQUENCE s; CREATE TABLE u (id integer PRIMARY KEY, a2 integer, b integer); ALTER SEQUENCE s OWNED BY u.a2;",
                Renames.parse(List.of("t=u", "t.a=a2")))) {
            assertThat(m.plan.changes()).noneMatch(c -> c instanceof Change.SetSequenceOwner);
            m.applyAndRollBack();
        }
    }

    /** Standalone sequences of public and the column each is OWNED BY (dependency 'a'), read from pg_depend. */
    private static List<String> owners(Connection c) throws SQLException {
        return PostgresOracleMigration.rows(c, """
                SELECT s.relname || ' owned by ' || t.relname || '.' || a.attname
                FROM pg_class s JOIN pg_depend d ON d.classid = 'pg_class'::regclass AND d.objid = s.oid AND d.deptype = 'a'
                     AND d.refclassid = 'pg_class'::regclass
                JOIN pg_class t ON t.oid = d.refobjid JOIN pg_attribute a ON a.attrelid = t.oid AND a.attnum = d.refobjsubid
                WHERE s.relkind = 'S' AND s.relnamespace = 'public'::regnamespace ORDER BY 1""");
    }
}
