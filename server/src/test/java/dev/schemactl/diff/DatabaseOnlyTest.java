package dev.schemactl.diff;

import dev.schemactl.schema.Deferral;
import dev.schemactl.schema.ForeignKey;
import dev.schemactl.schema.Index;
import dev.schemactl.schema.IndexColumn;
import dev.schemactl.schema.ReferentialAction;
import dev.schemactl.schema.Schema;
import dev.schemactl.schema.Table;
import dev.schemactl.schema.UniqueConstraint;
import org.junit.jupiter.api.Test;

import java.util.List;

import static dev.schemactl.diff.Fixtures.INT;
import static dev.schemactl.diff.Fixtures.TEXT;
import static dev.schemactl.diff.Fixtures.col;
import static dev.schemactl.diff.Fixtures.notNull;
import static dev.schemactl.diff.Fixtures.table;
import static dev.schemactl.diff.Fixtures.varchar;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Objects only the database has are kept as the database has them: the kept plan changes nothing of them nor of
 * their table. (Rebuilt from their names and columns only, a FULLTEXT index came back as a plain one and a prefix
 * index without its prefix, so the plan dropped and re-created them, and the table lost its collation and options,
 * so the plan reset them: ALTER TABLE t DEFAULT CHARACTER SET=DEFAULT, ROW_FORMAT=DEFAULT.)
 */
class DatabaseOnlyTest {
    private final Differ differ = new Differ(true);

    private static Table declared() {
        return table("posts").col(notNull("id", INT), col("title", varchar(200)), col("body", TEXT), col("parent", INT))
                .pk("id").build().withCollation("utf8mb4_unicode_ci").withOptions("ROW_FORMAT=DYNAMIC");
    }

    @Test
    void extraIndexesKeysAndChecksAreKeptWithAllTheirPropertiesAndTheirTableKeepsItsCollationAndOptions() {
        Table wanted = declared();
        Index fulltext = new Index("ft_body", List.of(new IndexColumn("body", false)), false, "fulltext", null, List.of());
        Index prefix = new Index("ix_title", List.of(new IndexColumn("title", null, true, null, 20)), false, null, null, List.of())
                .withComment("by the DBA");
        UniqueConstraint unique = new UniqueConstraint("u_title", List.of("title"), Deferral.DEFERRABLE_INITIALLY_DEFERRED);
        ForeignKey parent = new ForeignKey("fk_parent", List.of("parent"), "posts", List.of("id"), ReferentialAction.CASCADE,
                ReferentialAction.NO_ACTION, Deferral.DEFERRABLE, null).withNotValid(true);
        Table live = wanted.withIndexes(List.of(fulltext, prefix)).withUniques(List.of(unique)).withForeignKeys(List.of(parent));

        DatabaseOnly.Result result = DatabaseOnly.plan(differ, one(live), one(wanted), Renames.NONE, false);

        assertThat(result.extras()).extracting(DatabaseOnly.Extra::name).containsExactlyInAnyOrder("ft_body", "ix_title", "u_title", "fk_parent");
        assertThat(result.plan().changes()).extracting(Change::describe).isEmpty();
        assertThat(result.target().tables()).containsExactly(live);
    }

    /**
     * A table only the database has is kept, and so is the domain its column uses (the plan dropped the domain, which
     * fails on PostgreSQL while a column uses it); a domain nothing kept uses still goes.
     */
    @Test
    void theDomainOfAKeptTableIsKept() {
        dev.schemactl.schema.Domain email = new dev.schemactl.schema.Domain(null, "email", "text", null, null, false, List.of(), null);
        dev.schemactl.schema.Domain unused = new dev.schemactl.schema.Domain(null, "unused", "integer", null, null, false, List.of(), null);
        Table audit = table("audit").col(notNull("id", INT), col("who", dev.schemactl.schema.ColumnType.other("email"))).pk("id").build();
        Table posts = declared();
        Schema live = new Schema(List.of(audit, posts), List.of(), List.of(), List.of(), List.of(email, unused));
        Schema wanted = new Schema(List.of(posts), List.of(), List.of(), List.of(), List.of());

        DatabaseOnly.Result kept = DatabaseOnly.plan(differ, live, wanted, Renames.NONE, false);
        assertThat(kept.extras()).extracting(DatabaseOnly.Extra::name).containsExactly("audit");
        assertThat(kept.plan().changes()).containsExactly(new Change.DropDomain(unused));
        assertThat(kept.target().domains()).containsExactly(email);

        assertThat(DatabaseOnly.plan(differ, live, wanted, Renames.NONE, true).plan().changes())
                .contains(new Change.DropDomain(email), new Change.DropDomain(unused));
    }

    /**
     * The enum type a kept column uses (its type, its array's element type) is kept and named with its users, and a
     * sequence the desired state's own default draws from is kept even with dropExtra; what nothing uses goes.
     */
    @Test
    void theEnumTypeAKeptColumnUsesAndTheSequenceADesiredDefaultUsesAreKept() {
        dev.schemactl.schema.EnumType mood = new dev.schemactl.schema.EnumType(null, "mood", List.of("sad", "ok"), null);
        dev.schemactl.schema.EnumType unused = new dev.schemactl.schema.EnumType(null, "unused", List.of("x"), null);
        Table posts = declared();
        Table live = posts.withColumns(add(posts.columns(), col("moods", dev.schemactl.schema.ColumnType.other("mood[]"))));
        Schema current = new Schema(List.of(live), List.of(), List.of(mood, unused), List.of(), List.of());
        Schema wanted = new Schema(List.of(posts), List.of());

        DatabaseOnly.Result kept = DatabaseOnly.plan(differ, current, wanted, Renames.NONE, false);
        assertThat(kept.plan().changes()).containsExactly(new Change.DropEnumType(unused));
        assertThat(kept.inUse()).extracting(KeptInUse.Kept::description).containsExactly("enum type mood: kept, used by posts.moods");

        dev.schemactl.schema.Sequence seq = new dev.schemactl.schema.Sequence("post_no", 1, 1);
        Table numbered = posts.withColumns(add(posts.columns(), col("no", INT).withDefault("nextval('post_no'::regclass)")));
        Schema liveNumbered = new Schema(List.of(numbered), List.of(seq));
        DatabaseOnly.Result dropping = DatabaseOnly.plan(differ, liveNumbered, new Schema(List.of(numbered), List.of()), Renames.NONE, true);
        assertThat(dropping.plan().changes()).isEmpty();
        assertThat(dropping.extras()).isEmpty();
        assertThat(dropping.inUse()).extracting(KeptInUse.Kept::description).containsExactly("sequence post_no: kept, used by posts.no");
    }

    private static <T> List<T> add(List<T> list, T item) {
        List<T> out = new java.util.ArrayList<>(list);
        out.add(item);
        return out;
    }

    @Test
    void anExtraColumnIsKeptAndItsTableKeepsItsSchema() {
        Table wanted = declared().withSchema("blog");
        Table live = wanted.withColumns(List.of(notNull("id", INT), col("title", varchar(200)), col("body", TEXT), col("parent", INT),
                col("legacy", INT)));

        DatabaseOnly.Result result = DatabaseOnly.plan(differ, one(live), one(wanted), Renames.NONE, false);

        assertThat(result.plan().changes()).extracting(Change::describe).isEmpty();
        assertThat(result.target().tables()).containsExactly(live);
    }

    @Test
    void anExtraColumnKeepsItsPlaceSoThatAColumnTheDesiredTableHasLastIsAppended() {
        Table wanted = table("posts").col(notNull("id", INT), col("title", varchar(200)), col("summary", TEXT)).pk("id").build();
        Table live = table("posts").col(notNull("id", INT), col("title", varchar(200)), col("legacy", INT)).pk("id").build();

        DatabaseOnly.Result result = DatabaseOnly.plan(differ, one(live), one(wanted), Renames.NONE, false);

        assertThat(result.plan().changes()).containsExactly(new Change.AddColumn("posts", col("summary", TEXT), ColumnPosition.LAST));
        assertThat(result.target().tables().get(0).columns()).extracting(dev.schemactl.schema.Column::name)
                .containsExactly("id", "title", "legacy", "summary");
    }

    private static Schema one(Table t) {
        return new Schema(List.of(t), List.of());
    }
}
