package dev.schemactl.risk;

import dev.schemactl.diff.Change;
import dev.schemactl.engine.EngineKind;
import dev.schemactl.schema.CheckConstraint;
import dev.schemactl.schema.Schema;
import dev.schemactl.schema.Sequence;
import dev.schemactl.schema.SequenceOwner;
import org.junit.jupiter.api.Test;

import java.util.List;

import static dev.schemactl.diff.Fixtures.INT;
import static dev.schemactl.diff.Fixtures.col;
import static dev.schemactl.diff.Fixtures.notNull;
import static dev.schemactl.diff.Fixtures.schema;
import static dev.schemactl.diff.Fixtures.table;
import static org.assertj.core.api.Assertions.assertThat;

/** Hand-written PostgreSQL SQL keeps a check's NO INHERIT and a sequence's OWNED BY when it is parsed into Changes. */
class SqlChangeParserPostgresPropertiesTest {

    private static final Schema LIVE = schema(List.of(
            table("t").col(notNull("id", INT), col("n", INT), col("ticket", INT)).pk("id").build()));

    private static List<Op> ops(String sql) {
        return new SqlChangeParser(EngineKind.POSTGRESQL, LIVE).parse(sql).ops();
    }

    private static Change change(String sql) {
        List<Op> ops = ops(sql);
        assertThat(ops).as(sql).hasSize(1);
        assertThat(ops.get(0)).as(sql).isInstanceOf(Op.Structural.class);
        return ((Op.Structural) ops.get(0)).change();
    }

    /**
     * Hand-written ALTER DOMAIN that checks rows (SET NOT NULL, ADD ... CHECK, VALIDATE) is a domain change carrying
     * the live tables with a column of the domain, so a migration file is scored as the plan was; the other forms
     * stay harmless DDL.
     */
    @Test
    void alterDomainThatChecksRowsIsADomainChangeWithTheTablesUsingIt() {
        dev.schemactl.schema.Domain email = new dev.schemactl.schema.Domain(null, "email", "text", null, null, false, List.of(), null);
        Schema live = schema(List.of(table("users").col(notNull("id", INT), col("mail", dev.schemactl.schema.ColumnType.other("email")))
                .pk("id").build(), table("t").col(notNull("id", INT)).pk("id").build())).withDomains(List.of(email));
        SqlChangeParser parser = new SqlChangeParser(EngineKind.POSTGRESQL, live);
        java.util.function.Function<String, Change> parse = sql -> ((Op.Structural) parser.parse(sql).ops().get(0)).change();
        assertThat(parse.apply("ALTER DOMAIN public.email SET NOT NULL")).isEqualTo(new Change.SetDomainNotNull(email, true, List.of("users")));
        assertThat(parse.apply("ALTER DOMAIN email ADD CONSTRAINT email_at CHECK (VALUE ~ '@')")).isEqualTo(new Change.AddDomainCheck(email,
                new dev.schemactl.schema.DomainCheck("email_at", "CHECK (VALUE ~ '@')", false), List.of("users")));
        assertThat(parse.apply("ALTER DOMAIN email ADD CHECK (VALUE ~ '@') NOT VALID"))
                .isInstanceOfSatisfying(Change.AddDomainCheck.class, c -> assertThat(c.check().notValid()).isTrue());
        assertThat(parse.apply("ALTER DOMAIN email VALIDATE CONSTRAINT email_at"))
                .isInstanceOfSatisfying(Change.ValidateDomainCheck.class, c -> assertThat(c.usedBy()).containsExactly("users"));
        assertThat(parser.parse("ALTER DOMAIN email DROP NOT NULL").ops()).singleElement().isInstanceOf(Op.Harmless.class);
    }

    @Test
    void addCheckNoInheritIsANoInheritCheck() {
        assertThat(change("ALTER TABLE t ADD CONSTRAINT n_pos CHECK (n > 0) NO INHERIT"))
                .isInstanceOfSatisfying(Change.AddCheck.class, c -> {
                    assertThat(c.check().name()).isEqualTo("n_pos");
                    assertThat(c.check().noInherit()).isTrue();
                    assertThat(c.check().notValid()).isFalse();
                });
        assertThat(change("ALTER TABLE t ADD CONSTRAINT n_pos CHECK (n > 0)"))
                .isInstanceOfSatisfying(Change.AddCheck.class, c -> assertThat(c.check().noInherit()).isFalse());
    }

    @Test
    void addCheckNoInheritNotValidInEitherOrderKeepsBoth() {
        // NOT VALID is the statement's (Parsed.notValid), as for any ADD CONSTRAINT
        for (String sql : List.of("ALTER TABLE t ADD CONSTRAINT n_pos CHECK (n > 0) NO INHERIT NOT VALID",
                "ALTER TABLE t ADD CONSTRAINT n_pos CHECK (n > 0) NOT VALID NO INHERIT")) {
            SqlChangeParser.Parsed p = new SqlChangeParser(EngineKind.POSTGRESQL, LIVE).parse(sql);
            assertThat(p.notValid()).as(sql).isTrue();
            assertThat(p.ops()).as(sql).singleElement().isInstanceOfSatisfying(Op.Structural.class, s ->
                    assertThat(s.change()).isInstanceOfSatisfying(Change.AddCheck.class, c -> assertThat(c.check().noInherit()).isTrue()));
        }
    }

    @Test
    void createTableWithANoInheritCheckIsATableWithThatCheck() {
        assertThat(change("CREATE TABLE u (id integer PRIMARY KEY, n integer, CONSTRAINT n_pos CHECK (n > 0) NO INHERIT)"))
                .isInstanceOfSatisfying(Change.CreateTable.class, c -> assertThat(c.definition().checks())
                        .extracting(CheckConstraint::name, CheckConstraint::noInherit).containsExactly(
                                org.assertj.core.groups.Tuple.tuple("n_pos", true)));
    }

    @Test
    void alterSequenceOwnedByIsASequenceOwnerChange() {
        assertThat(change("ALTER SEQUENCE ticket_seq OWNED BY t.ticket")).isInstanceOfSatisfying(Change.SetSequenceOwner.class, c -> {
            assertThat(c.sequence().name()).isEqualTo("ticket_seq");
            assertThat(c.after()).isEqualTo(new SequenceOwner("t", "ticket"));
        });
        assertThat(change("ALTER SEQUENCE \"Ticket_Seq\" OWNED BY \"t\".\"ticket\"")).isInstanceOfSatisfying(Change.SetSequenceOwner.class,
                c -> assertThat(c.sequence().name()).isEqualTo("Ticket_Seq"));
        assertThat(change("ALTER SEQUENCE ticket_seq OWNED BY NONE")).isInstanceOfSatisfying(Change.SetSequenceOwner.class,
                c -> assertThat(c.after()).isNull());
    }

    /**
     * billing.ticket is billing's sequence, not the default schema's same-named one: its OWNED BY changes from billing's
     * owner (matched by name alone, the change read the default schema's sequence and owner).
     */
    @Test
    void aQualifiedSequenceIsThatSchemasOne() {
        Schema live = new Schema(List.of(table("t").col(notNull("id", INT), col("ticket", INT)).pk("id").build(),
                table("invoices").col(notNull("id", INT), col("no", INT)).pk("id").build().withSchema("billing")),
                List.of(new Sequence("ticket", 1, 1).withOwner(new SequenceOwner("t", "ticket")),
                        new Sequence("billing", "ticket", 100, 5, null, null, null, false, null, new SequenceOwner("invoices", "no"))),
                List.of(), List.of());
        SqlChangeParser parser = new SqlChangeParser(EngineKind.POSTGRESQL, live);
        assertThat(parser.parse("ALTER SEQUENCE billing.ticket OWNED BY NONE").ops()).singleElement()
                .isInstanceOfSatisfying(Op.Structural.class, s -> assertThat(s.change()).isInstanceOfSatisfying(Change.SetSequenceOwner.class, c -> {
                    assertThat(c.sequence().schema()).isEqualTo("billing");
                    assertThat(c.sequence().start()).isEqualTo(100);
                    assertThat(c.before()).isEqualTo(new SequenceOwner("invoices", "no"));
                }));
        assertThat(parser.parse("ALTER SEQUENCE ticket OWNED BY NONE").ops()).singleElement()
                .isInstanceOfSatisfying(Op.Structural.class, s -> assertThat(s.change()).isInstanceOfSatisfying(Change.SetSequenceOwner.class, c -> {
                    assertThat(c.sequence().schema()).isNull();
                    assertThat(c.before()).isEqualTo(new SequenceOwner("t", "ticket"));
                }));
    }

    @Test
    void otherSequenceStatementsStayHarmless() {
        assertThat(ops("ALTER SEQUENCE ticket_seq RESTART WITH 10")).singleElement().isInstanceOf(Op.Harmless.class);
        assertThat(ops("CREATE SEQUENCE ticket_seq START WITH 10")).singleElement().isInstanceOf(Op.Harmless.class);
    }

    @Test
    void theSequenceStatementsSchemactlWritesAreKnown() {
        for (String sql : List.of("CREATE SEQUENCE ticket_seq AS integer",
                "CREATE SEQUENCE \"Invoice_ticket_seq\" AS bigint START WITH 1000 INCREMENT BY 10",
                "ALTER SEQUENCE ticket_seq AS bigint",
                "CREATE UNLOGGED SEQUENCE t_id_seq AS integer START WITH 5",
                "CREATE SEQUENCE billing.ticket_seq AS smallint MINVALUE 1 MAXVALUE 100 CACHE 5 CYCLE")) {
            assertThat(ops(sql)).as(sql).isNotEmpty().noneMatch(op -> op instanceof Op.Unknown);
        }
    }

    @Test
    void commentsOnSequencesAndTypesAreHarmless() {
        for (String sql : List.of("COMMENT ON SEQUENCE ticket_seq IS 'numbers'", "COMMENT ON SEQUENCE \"billing\".\"ticket\" IS NULL",
                "COMMENT ON TYPE mood IS 'it''s feelings'", "comment on type billing.state is null")) {
            assertThat(ops(sql)).as(sql).singleElement().isInstanceOf(Op.Harmless.class);
        }
    }
}
