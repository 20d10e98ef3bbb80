package dev.schemactl.diff;

import dev.schemactl.engine.EngineKind;
import dev.schemactl.schema.ReferentialAction;
import dev.schemactl.schema.TypeKind;

import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/**
 * What the round-trip generators may produce for one engine: the type kinds it stores as themselves, the
 * kinds that may be key or index columns, and the foreign-key actions it accepts. Every exclusion here is
 * something the engine genuinely cannot do (or stores as another kind), with the reason next to it.
 */
enum EngineProfile {

    POSTGRESQL(EngineKind.POSTGRESQL,
            // TINYINT and CLOB do not exist (smallint / text stand in and read back as such); bytea has no
            // length, so only an unsized VARBINARY reads back as itself (see sizedBinary)
            List.of(TypeKind.INTEGER, TypeKind.BOOLEAN, TypeKind.SMALLINT, TypeKind.BIGINT, TypeKind.DECIMAL,
                    TypeKind.REAL, TypeKind.DOUBLE, TypeKind.CHAR, TypeKind.VARCHAR, TypeKind.TEXT, TypeKind.VARBINARY,
                    TypeKind.DATE, TypeKind.TIME, TypeKind.TIMESTAMP, TypeKind.TIMESTAMP_TZ, TypeKind.UUID,
                    TypeKind.JSON, TypeKind.JSONB),
            // json has no equality operator, so no btree index / key can contain it
            EnumSet.of(TypeKind.JSON),
            Portable.ACTIONS,
            true, false, true, false),

    MARIADB(EngineKind.MARIADB,
            // JSONB does not exist (json, i.e. longtext + json_valid check, reads back as JSON)
            List.of(TypeKind.INTEGER, TypeKind.BOOLEAN, TypeKind.TINYINT, TypeKind.SMALLINT, TypeKind.BIGINT,
                    TypeKind.DECIMAL, TypeKind.REAL, TypeKind.DOUBLE, TypeKind.CHAR, TypeKind.VARCHAR, TypeKind.TEXT,
                    TypeKind.CLOB, TypeKind.BINARY, TypeKind.VARBINARY, TypeKind.BLOB, TypeKind.DATE, TypeKind.TIME,
                    TypeKind.TIMESTAMP, TypeKind.TIMESTAMP_TZ, TypeKind.UUID, TypeKind.JSON),
            // TEXT/BLOB columns (json is a longtext) cannot be in a plain index or key without a prefix length
            EnumSet.of(TypeKind.TEXT, TypeKind.CLOB, TypeKind.BLOB, TypeKind.JSON),
            // InnoDB rejects ON DELETE SET DEFAULT
            List.of(ReferentialAction.NO_ACTION, ReferentialAction.RESTRICT, ReferentialAction.CASCADE,
                    ReferentialAction.SET_NULL),
            // a varchar always has a length in MariaDB (an unsized one reads back as varchar(255))
            false,
            // MariaDB has no unique constraint apart from a unique index: both read back as UniqueConstraint
            true, false, false),

    H2(EngineKind.H2,
            // TEXT and JSONB do not exist (clob / json stand in and read back as such)
            List.of(TypeKind.INTEGER, TypeKind.BOOLEAN, TypeKind.TINYINT, TypeKind.SMALLINT, TypeKind.BIGINT,
                    TypeKind.DECIMAL, TypeKind.REAL, TypeKind.DOUBLE, TypeKind.CHAR, TypeKind.VARCHAR, TypeKind.CLOB,
                    TypeKind.BINARY, TypeKind.VARBINARY, TypeKind.BLOB, TypeKind.DATE, TypeKind.TIME,
                    TypeKind.TIMESTAMP, TypeKind.TIMESTAMP_TZ, TypeKind.UUID, TypeKind.JSON),
            // H2 cannot index LOB columns; JSON values are not comparable
            EnumSet.of(TypeKind.CLOB, TypeKind.BLOB, TypeKind.JSON),
            Portable.ACTIONS,
            true, false, false,
            // a primary key or unique constraint added over the columns of an existing unique index takes that
            // index over instead of making its own, so the two cannot be told apart (nor dropped separately)
            true),

    SQLITE(EngineKind.SQLITE,
            // SQLite keeps the declared spelling (SqliteTypeNames) and derives only an affinity from it, so nearly
            // every kind reads back as itself. TINYINT, SMALLINT and BIGINT are left out: SQLite has one integer
            // type and SqliteTypeNames writes (and normalizeDesired respells) every integer kind as INTEGER.
            // Sequences, comments and identity are never generated (SQLite has no sequences or comments, and
            // identity exists only as INTEGER PRIMARY KEY AUTOINCREMENT).
            List.of(TypeKind.INTEGER, TypeKind.BOOLEAN, TypeKind.DECIMAL, TypeKind.REAL, TypeKind.DOUBLE,
                    TypeKind.CHAR, TypeKind.VARCHAR, TypeKind.TEXT, TypeKind.CLOB, TypeKind.BINARY, TypeKind.VARBINARY,
                    TypeKind.BLOB, TypeKind.DATE, TypeKind.TIME, TypeKind.TIMESTAMP, TypeKind.TIMESTAMP_TZ,
                    TypeKind.UUID, TypeKind.JSON, TypeKind.JSONB),
            // any column can be in an index or key (values of any type compare)
            EnumSet.noneOf(TypeKind.class),
            Portable.ACTIONS,
            // unsized varchar / varbinary are kept as declared; UNIQUE constraints (origin u) and CREATE UNIQUE
            // INDEX (origin c) are told apart; a key never adopts an index
            true, false, true, false);

    final EngineKind kind;
    final List<TypeKind> types;
    final Set<TypeKind> notKeyable;
    final List<ReferentialAction> onDeleteActions;

    /** The actions every engine writes and reads back as themselves (a stated NO ACTION is MariaDB's catalog detail). */
    private static final class Portable {
        static final List<ReferentialAction> ACTIONS = List.of(ReferentialAction.NO_ACTION, ReferentialAction.RESTRICT,
                ReferentialAction.CASCADE, ReferentialAction.SET_NULL, ReferentialAction.SET_DEFAULT);
    }
    final boolean unsizedVarchar;
    final boolean uniqueIndexIsUniqueConstraint;
    /** false where binary types carry a length (MariaDB, H2); PostgreSQL's bytea has none. */
    final boolean unsizedBinary;
    /** true where a key over a unique index's columns adopts that index (H2). */
    final boolean keyAdoptsUniqueIndex;
    /**
     * true where a column that a foreign-key action writes cannot be in a CHECK constraint, and ON UPDATE
     * CASCADE cannot run from a nullable referenced column into a NOT NULL one (MariaDB).
     */
    final boolean noCheckOnWrittenColumns;
    /**
     * true where columns get MariaDB's attributes (issue 11, item 5): UNSIGNED, bit(1) vs tinyint(1), TEXT/BLOB sizes,
     * column collations, ON UPDATE current_timestamp (see {@code SchemaPairs.Builder#mariaDb}).
     */
    final boolean mariaDbAttributes;

    EngineProfile(EngineKind kind, List<TypeKind> types, Set<TypeKind> notKeyable, List<ReferentialAction> onDeleteActions,
                  boolean unsizedVarchar, boolean uniqueIndexIsUniqueConstraint, boolean unsizedBinary,
                  boolean keyAdoptsUniqueIndex) {
        this.kind = kind;
        this.types = types;
        this.notKeyable = notKeyable;
        this.onDeleteActions = onDeleteActions;
        this.unsizedVarchar = unsizedVarchar;
        this.uniqueIndexIsUniqueConstraint = uniqueIndexIsUniqueConstraint;
        this.unsizedBinary = unsizedBinary;
        this.keyAdoptsUniqueIndex = keyAdoptsUniqueIndex;
        this.noCheckOnWrittenColumns = kind == EngineKind.MARIADB;
        this.mariaDbAttributes = kind == EngineKind.MARIADB;
    }

    static EngineProfile of(EngineKind kind) {
        return switch (kind) {
            case POSTGRESQL -> POSTGRESQL;
            case MARIADB -> MARIADB;
            case H2 -> H2;
            case SQLITE -> SQLITE;
        };
    }

    boolean keyable(TypeKind kind) {
        return !notKeyable.contains(kind);
    }
}
