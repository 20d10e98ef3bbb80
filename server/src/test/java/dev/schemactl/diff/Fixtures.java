package dev.schemactl.diff;

import dev.schemactl.schema.CheckConstraint;
import dev.schemactl.schema.Column;
import dev.schemactl.schema.ColumnType;
import dev.schemactl.schema.ForeignKey;
import dev.schemactl.schema.Index;
import dev.schemactl.schema.IndexColumn;
import dev.schemactl.schema.PrimaryKey;
import dev.schemactl.schema.ReferentialAction;
import dev.schemactl.schema.Schema;
import dev.schemactl.schema.Sequence;
import dev.schemactl.schema.Table;
import dev.schemactl.schema.TypeKind;
import dev.schemactl.schema.UniqueConstraint;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/** Small builders for schema models, and the two schemas (A, and B = A with every kind of change) tests share. */
public final class Fixtures {
    private Fixtures() {
    }

    public static final ColumnType INT = ColumnType.of(TypeKind.INTEGER);
    public static final ColumnType BIGINT = ColumnType.of(TypeKind.BIGINT);
    public static final ColumnType TEXT = ColumnType.of(TypeKind.TEXT);
    public static final ColumnType TS = ColumnType.temporal(TypeKind.TIMESTAMP, 0);

    public static ColumnType varchar(int n) {
        return ColumnType.sized(TypeKind.VARCHAR, n);
    }

    public static ColumnType decimal(int p, int s) {
        return ColumnType.decimal(p, s);
    }

    /** A nullable column. */
    public static Column col(String name, ColumnType type) {
        return Column.of(name, type, true);
    }

    public static Column notNull(String name, ColumnType type) {
        return Column.of(name, type, false);
    }

    public static Column identity(String name, ColumnType type) {
        return new Column(name, type, false, null, true, null, null);
    }

    public static Column generated(String name, ColumnType type, String expression) {
        return new Column(name, type, true, null, false, expression, null);
    }

    public static Column withIdentity(Column c, boolean identity) {
        return new Column(c.name(), c.type(), c.nullable(), c.defaultExpression(), identity, c.generatedExpression(), c.comment());
    }

    public static TableBuilder table(String name) {
        return new TableBuilder(name);
    }

    public static Schema schema(List<Table> tables, Sequence... sequences) {
        return new Schema(tables, List.of(sequences));
    }

    public static final class TableBuilder {
        private final String name;
        private final List<Column> columns = new ArrayList<>();
        private PrimaryKey pk;
        private final List<UniqueConstraint> uniques = new ArrayList<>();
        private final List<Index> indexes = new ArrayList<>();
        private final List<ForeignKey> fks = new ArrayList<>();
        private final List<CheckConstraint> checks = new ArrayList<>();
        private String comment;

        TableBuilder(String name) {
            this.name = name;
        }

        public TableBuilder col(Column... cs) {
            columns.addAll(Arrays.asList(cs));
            return this;
        }

        public TableBuilder pk(String... cols) {
            pk = new PrimaryKey(null, List.of(cols));
            return this;
        }

        public TableBuilder pkNamed(String pkName, String... cols) {
            pk = new PrimaryKey(pkName, List.of(cols));
            return this;
        }

        public TableBuilder unique(String... cols) {
            uniques.add(new UniqueConstraint(null, List.of(cols)));
            return this;
        }

        public TableBuilder uniqueNamed(String uName, String... cols) {
            uniques.add(new UniqueConstraint(uName, List.of(cols)));
            return this;
        }

        public TableBuilder index(String... cols) {
            indexes.add(new Index(null, Arrays.stream(cols).map(c -> c.endsWith(" desc")
                    ? new IndexColumn(c.substring(0, c.length() - 5), true) : IndexColumn.asc(c)).toList(), false));
            return this;
        }

        public TableBuilder indexNamed(String iName, boolean unique, String... cols) {
            indexes.add(new Index(iName, Arrays.stream(cols).map(IndexColumn::asc).toList(), unique));
            return this;
        }

        public TableBuilder uniqueIndex(String... cols) {
            indexes.add(new Index(null, Arrays.stream(cols).map(c -> c.endsWith(" desc")
                    ? new IndexColumn(c.substring(0, c.length() - 5), true) : IndexColumn.asc(c)).toList(), true));
            return this;
        }

        public TableBuilder fk(String column, String refTable, String refColumn) {
            return fk(null, List.of(column), refTable, List.of(refColumn), null);
        }

        public TableBuilder fk(String fkName, List<String> cols, String refTable, List<String> refCols, ReferentialAction onDelete) {
            return fk(fkName, cols, refTable, refCols, onDelete, null);
        }

        public TableBuilder fk(String fkName, List<String> cols, String refTable, List<String> refCols, ReferentialAction onDelete,
                               ReferentialAction onUpdate) {
            fks.add(new ForeignKey(fkName, cols, refTable, refCols, onDelete, onUpdate));
            return this;
        }

        public TableBuilder check(String expression) {
            checks.add(new CheckConstraint(null, expression));
            return this;
        }

        public TableBuilder checkNamed(String cName, String expression) {
            checks.add(new CheckConstraint(cName, expression));
            return this;
        }

        public TableBuilder comment(String c) {
            comment = c;
            return this;
        }

        public Table build() {
            return new Table(name, columns, pk, uniques, indexes, fks, checks, comment);
        }
    }

    // ------------------------------------------------------------------ the shared schemas

    public static final String LONG_TABLE = "customer_preferences_with_a_deliberately_long_name";

    /** Schema A: identity columns, composite keys, an FK cycle, a self reference, a generated column,
     *  reserved-word names, comments, checks, a sequence and a table whose FK name exceeds 64 characters. */
    public static Schema schemaA() {
        return schema(List.of(
                table("departments").col(notNull("id", INT), notNull("name", varchar(100)), col("manager_id", BIGINT))
                        .pk("id").fk("manager_id", "employees", "id").build(),
                table("employees").col(identity("id", BIGINT), col("dept_id", INT), notNull("email", varchar(200)))
                        .pk("id").unique("email").fk("dept_id", "departments", "id").build(),
                table("customers").col(identity("id", BIGINT), notNull("email", varchar(255)), col("name", varchar(100)),
                                notNull("status", varchar(20)).withDefault("'active'"),
                                col("note", TEXT).withComment("free text"), col("created_at", TS))
                        .pk("id").unique("email").comment("people who buy").build(),
                table("orders").col(identity("id", BIGINT), notNull("customer_id", BIGINT),
                                notNull("total", decimal(10, 2)).withDefault("0"), notNull("created_at", TS))
                        .pk("id").fk("customer_id", "customers", "id").check("total >= 0")
                        .index("customer_id", "created_at desc").build(),
                table("order_items").col(notNull("order_id", BIGINT), notNull("line_no", INT), notNull("quantity", INT),
                                notNull("unit_price", decimal(10, 2)), generated("line_total", decimal(12, 2), "quantity * unit_price"))
                        .pk("order_id", "line_no").fk(null, List.of("order_id"), "orders", List.of("id"), ReferentialAction.CASCADE).build(),
                table("order").col(notNull("key", varchar(50)), col("value", varchar(200)), col("user", BIGINT))
                        .pk("key").build(),
                table("tags").col(identity("id", BIGINT), col("label", varchar(40))).pk("id").build(),
                table("legacy_notes").col(notNull("id", BIGINT), col("customer_id", BIGINT), col("body", TEXT))
                        .pk("id").fk("customer_id", "customers", "id").index("customer_id").build(),
                table("categories").col(notNull("id", INT), col("parent_id", INT)).pk("id").fk("parent_id", "categories", "id").build(),
                table("audit_log").col(notNull("id", BIGINT), col("message", varchar(500))).build(),
                table(LONG_TABLE).col(notNull("id", BIGINT), col("customer_identifier_reference", BIGINT))
                        .pk("id").fk("customer_identifier_reference", "customers", "id").build()),
                new Sequence("invoice_seq", 1000, 1));
    }

    /** The renames that, with schemaA → schemaB, make order_items order_lines and customers.name full_name. */
    public static Renames renamesAB() {
        return Renames.parse(List.of("order_items=order_lines", "customers.name=full_name"));
    }

    /** Schema B: schema A with at least one change of every kind. */
    public static Schema schemaB() {
        return schema(List.of(
                // id: integer -> bigint + identity (the FK from employees is rebuilt)
                table("departments").col(identity("id", BIGINT), notNull("name", varchar(100)), col("manager_id", BIGINT))
                        .pk("id").fk("manager_id", "employees", "id").build(),
                // dept_id: integer -> bigint; unique(email) -> plain index
                table("employees").col(identity("id", BIGINT), col("dept_id", BIGINT), notNull("email", varchar(200)))
                        .pk("id").index("email").fk("dept_id", "departments", "id").build(),
                // name renamed + widened; note dropped; phone added; nullability, defaults, comments changed; check added
                table("customers").col(identity("id", BIGINT), col("email", varchar(255)).withComment("login"),
                                col("full_name", varchar(200)), notNull("status", varchar(20)).withDefault("'new'"),
                                notNull("created_at", TS).withDefault("CURRENT_TIMESTAMP"),
                                col("phone", varchar(30)).withComment("mobile"))
                        .pk("id").unique("email").check("status IN ('new', 'active', 'closed')").comment("customers").build(),
                // total widened; check and index dropped; new index
                table("orders").col(identity("id", BIGINT), notNull("customer_id", BIGINT),
                                notNull("total", decimal(12, 2)).withDefault("0"), notNull("created_at", TS))
                        .pk("id").fk("customer_id", "customers", "id").index("created_at").build(),
                // renamed table; generated expression changed
                table("order_lines").col(notNull("order_id", BIGINT), notNull("line_no", INT), notNull("quantity", INT),
                                notNull("unit_price", decimal(10, 2)), generated("line_total", decimal(12, 2), "unit_price * quantity"))
                        .pk("order_id", "line_no").fk(null, List.of("order_id"), "orders", List.of("id"), ReferentialAction.CASCADE).build(),
                // primary key dropped
                table("order").col(notNull("key", varchar(50)), col("value", varchar(200)), col("user", BIGINT)).build(),
                // identity dropped; unique added
                table("tags").col(notNull("id", BIGINT), col("label", varchar(40))).pk("id").unique("label").build(),
                // self reference dropped
                table("categories").col(notNull("id", INT), col("parent_id", INT)).pk("id").build(),
                // primary key added
                table("audit_log").col(notNull("id", BIGINT), col("message", varchar(500))).pk("id").build(),
                table(LONG_TABLE).col(notNull("id", BIGINT), col("customer_identifier_reference", BIGINT))
                        .pk("id").fk("customer_identifier_reference", "customers", "id").build(),
                // created, with a foreign key
                table("shipments").col(identity("id", BIGINT), notNull("order_id", BIGINT), col("shipped_at", TS))
                        .pk("id").fk("order_id", "orders", "id").index("order_id").comment("parcels").build()),
                new Sequence("shipment_seq", 1, 1));
    }
}
