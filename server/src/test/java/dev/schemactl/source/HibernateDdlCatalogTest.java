package dev.schemactl.source;

import dev.schemactl.engine.EngineKind;
import dev.schemactl.engine.Engines;
import dev.schemactl.engine.TypeNames;
import dev.schemactl.schema.Column;
import dev.schemactl.schema.ColumnType;
import dev.schemactl.schema.Schema;
import dev.schemactl.schema.Sequence;
import dev.schemactl.schema.Table;
import dev.schemactl.testing.TestDatabase;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Validates the type normalization without the inspectors: Hibernate's own DDL is applied to a real
 * database, then each column's catalog spelling, parsed by the same {@link TypeNames}, must equal the type
 * the model source derived from Hibernate's DDL spelling — and so must nullability, identity, the column
 * order, the sequences and (on PostgreSQL) the names of the checks the server chose.
 */
class HibernateDdlCatalogTest {

    @ParameterizedTest
    @ValueSource(strings = {ModelFixtures.MODEL_PACKAGE, ModelFixtures.SHOP_PACKAGE})
    void h2CatalogAgreesWithTheModel(String pkg) throws Exception {
        String url = "jdbc:h2:mem:hib_" + UUID.randomUUID().toString().replace("-", "") + ";DB_CLOSE_DELAY=-1";
        try (Connection c = DriverManager.getConnection(url, "sa", "")) {
            check(EngineKind.H2, pkg, c);
            try (Statement st = c.createStatement()) {
                st.execute("shutdown");
            }
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {ModelFixtures.MODEL_PACKAGE, ModelFixtures.SHOP_PACKAGE})
    void postgresCatalogAgreesWithTheModel(String pkg) throws Exception {
        try (TestDatabase db = TestDatabase.create(EngineKind.POSTGRESQL); Connection c = db.connect()) {
            check(EngineKind.POSTGRESQL, pkg, c);
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {ModelFixtures.MODEL_PACKAGE, ModelFixtures.SHOP_PACKAGE})
    void mariaDbCatalogAgreesWithTheModel(String pkg) throws Exception {
        try (TestDatabase db = TestDatabase.create(EngineKind.MARIADB); Connection c = db.connect()) {
            check(EngineKind.MARIADB, pkg, c);
        }
    }

    private static void check(EngineKind kind, String pkg, Connection c) throws SQLException {
        {
            var path = pkg.equals(ModelFixtures.MODEL_PACKAGE) ? ModelFixtures.testClasses() : ModelFixtures.shopClasses();
            HibernateModelSource source = new HibernateModelSource(List.of(path), List.of(pkg), kind, null);
            Schema model = source.read();
            ModelFixtures.applyHibernateDdl(source, c);
            TypeNames types = Engines.of(kind).typeNames();
            Map<String, List<CatalogColumn>> catalog = switch (kind) {
                case POSTGRESQL -> postgresColumns(c);
                case MARIADB -> mariaDbColumns(c);
                case H2 -> h2Columns(c);
                // Hibernate has no SQLite dialect here (SqliteStandInDialect writes H2 SQL), so there is no
                // Hibernate DDL to apply to SQLite; SqliteRoundTripTest covers SQLite models through schemactl's DDL
                case SQLITE -> throw new IllegalArgumentException("no Hibernate DDL for SQLite");
            };
            for (Table table : model.tables()) {
                List<CatalogColumn> actual = catalog.remove(table.name());
                assertThat(actual).as("table %s exists", table.name()).isNotNull();
                assertThat(actual.stream().map(CatalogColumn::name).toList()).as("columns of %s", table.name())
                        .isEqualTo(table.columns().stream().map(Column::name).toList());
                for (int i = 0; i < actual.size(); i++) {
                    CatalogColumn a = actual.get(i);
                    Column expected = table.columns().get(i);
                    String where = kind + " " + table.name() + "." + a.name() + " (catalog spelling '" + a.spelling() + "')";
                    ColumnType parsed = types.parse(a.spelling());
                    assertThat(parsed).as(where).isEqualTo(expected.type());
                    assertThat(types.parse(types.format(parsed))).as("format/parse of " + where).isEqualTo(parsed);
                    assertThat(a.nullable()).as("nullable " + where).isEqualTo(expected.nullable());
                    assertThat(a.identity()).as("identity " + where).isEqualTo(expected.isIdentity());
                }
            }
            assertThat(catalog).as("tables the model does not know").isEmpty();
            assertThat(sequences(kind, c)).isEqualTo(model.sequences());
            if (kind == EngineKind.POSTGRESQL) {
                Map<String, List<String>> checks = postgresCheckNames(c);
                for (Table table : model.tables()) {
                    assertThat(checks.getOrDefault(table.name(), List.of())).as("check names of " + table.name())
                            .isEqualTo(table.checks().stream().map(ck -> ck.name()).sorted().toList());
                }
            }
        }
    }

    record CatalogColumn(String name, String spelling, boolean nullable, boolean identity) {
    }

    private static Map<String, List<CatalogColumn>> postgresColumns(Connection c) throws SQLException {
        return columns(c, """
                select cl.relname, a.attname, format_type(a.atttypid, a.atttypmod), not a.attnotnull, a.attidentity <> ''
                from pg_attribute a join pg_class cl on cl.oid = a.attrelid join pg_namespace n on n.oid = cl.relnamespace
                where n.nspname = current_schema() and cl.relkind = 'r' and a.attnum > 0 and not a.attisdropped
                order by cl.relname, a.attnum""", true);
    }

    private static Map<String, List<CatalogColumn>> mariaDbColumns(Connection c) throws SQLException {
        return columns(c, """
                select c.table_name, c.column_name, c.column_type, c.is_nullable = 'YES', c.extra like '%auto_increment%'
                from information_schema.columns c join information_schema.tables t
                  on t.table_schema = c.table_schema and t.table_name = c.table_name
                where c.table_schema = database() and t.table_type = 'BASE TABLE'
                order by c.table_name, c.ordinal_position""", false);
    }

    private static Map<String, List<CatalogColumn>> h2Columns(Connection c) throws SQLException {
        Map<String, List<String>> enums = new TreeMap<>();
        try (Statement st = c.createStatement(); ResultSet rs = st.executeQuery("""
                select e.object_name, c.column_name, e.value_name from information_schema.enum_values e
                join information_schema.columns c on c.table_schema = e.object_schema and c.table_name = e.object_name
                 and c.dtd_identifier = e.enum_identifier
                where e.object_schema = 'PUBLIC' and e.object_type = 'TABLE' order by e.object_name, c.column_name, e.value_ordinal""")) {
            while (rs.next()) {
                enums.computeIfAbsent(rs.getString(1) + "." + rs.getString(2), k -> new ArrayList<>()).add(rs.getString(3));
            }
        }
        Map<String, List<CatalogColumn>> out = new LinkedHashMap<>();
        try (Statement st = c.createStatement(); ResultSet rs = st.executeQuery("""
                select table_name, column_name, data_type, character_maximum_length, numeric_precision, numeric_scale,
                       datetime_precision, is_nullable = 'YES', is_identity = 'YES'
                from information_schema.columns where table_schema = 'PUBLIC' order by table_name, ordinal_position""")) {
            while (rs.next()) {
                String type = rs.getString(3);
                String spelling = switch (type) {
                    case "CHARACTER VARYING", "CHARACTER", "BINARY VARYING", "BINARY" -> type + "(" + rs.getLong(4) + ")";
                    case "NUMERIC", "DECIMAL" -> type + "(" + rs.getInt(5) + "," + rs.getInt(6) + ")";
                    case "TIMESTAMP", "TIME" -> type + "(" + rs.getInt(7) + ")";
                    case "TIMESTAMP WITH TIME ZONE" -> "TIMESTAMP(" + rs.getInt(7) + ") WITH TIME ZONE";
                    case "TIME WITH TIME ZONE" -> "TIME(" + rs.getInt(7) + ") WITH TIME ZONE";
                    case "ENUM" -> "ENUM(" + String.join(",", enums.get(rs.getString(1) + "." + rs.getString(2)).stream()
                            .map(v -> "'" + v.replace("'", "''") + "'").toList()) + ")";
                    default -> type;
                };
                out.computeIfAbsent(rs.getString(1).toLowerCase(Locale.ROOT), k -> new ArrayList<>()).add(new CatalogColumn(
                        rs.getString(2).toLowerCase(Locale.ROOT), spelling, rs.getBoolean(8), rs.getBoolean(9)));
            }
        }
        return out;
    }

    /** PostgreSQL's catalog names are folded already; MariaDB keeps Hibernate's unquoted names as written (exact case). */
    private static Map<String, List<CatalogColumn>> columns(Connection c, String sql, boolean fold) throws SQLException {
        Map<String, List<CatalogColumn>> out = new LinkedHashMap<>();
        try (Statement st = c.createStatement(); ResultSet rs = st.executeQuery(sql)) {
            while (rs.next()) {
                out.computeIfAbsent(fold ? rs.getString(1).toLowerCase(Locale.ROOT) : rs.getString(1), k -> new ArrayList<>()).add(new CatalogColumn(
                        fold ? rs.getString(2).toLowerCase(Locale.ROOT) : rs.getString(2), rs.getString(3), rs.getBoolean(4), rs.getBoolean(5)));
            }
        }
        return out;
    }

    private static List<Sequence> sequences(EngineKind kind, Connection c) throws SQLException {
        List<Sequence> out = new ArrayList<>();
        if (kind == EngineKind.MARIADB) {
            List<String> names = new ArrayList<>();
            try (Statement st = c.createStatement(); ResultSet rs = st.executeQuery(
                    "select table_name from information_schema.tables where table_schema = database() and table_type = 'SEQUENCE'")) {
                while (rs.next()) names.add(rs.getString(1));
            }
            for (String name : names) {
                try (Statement st = c.createStatement(); ResultSet rs = st.executeQuery("select start_value, increment, cache_size from " + name)) {
                    rs.next();
                    // the cache as the model spells it: null for MariaDB's default (1000)
                    Long cache = rs.getLong(3) == 1000 ? null : rs.getLong(3);
                    out.add(new Sequence(null, name, rs.getLong(1), rs.getLong(2), null, null, cache, false, null, null));
                }
            }
        } else {
            String sql = kind == EngineKind.POSTGRESQL
                    ? """
                      select s.sequencename, s.start_value, s.increment_by from pg_sequences s
                      where s.schemaname = current_schema() and not exists (select 1 from pg_depend d
                        where d.objid = (quote_ident(s.schemaname) || '.' || quote_ident(s.sequencename))::regclass
                          and d.classid = 'pg_class'::regclass and d.deptype = 'i')"""
                    : "select sequence_name, start_value, increment from information_schema.sequences where sequence_schema = 'PUBLIC'";
            try (Statement st = c.createStatement(); ResultSet rs = st.executeQuery(sql)) {
                while (rs.next()) out.add(new Sequence(rs.getString(1).toLowerCase(Locale.ROOT), rs.getLong(2), rs.getLong(3)));
            }
        }
        return new Schema(List.of(), out).sequences();
    }

    private static Map<String, List<String>> postgresCheckNames(Connection c) throws SQLException {
        Map<String, List<String>> out = new TreeMap<>();
        try (Statement st = c.createStatement(); ResultSet rs = st.executeQuery("""
                select cl.relname, co.conname from pg_constraint co join pg_class cl on cl.oid = co.conrelid
                join pg_namespace n on n.oid = cl.relnamespace
                where n.nspname = current_schema() and co.contype = 'c' order by cl.relname, co.conname""")) {
            while (rs.next()) out.computeIfAbsent(rs.getString(1), k -> new ArrayList<>()).add(rs.getString(2));
        }
        return out;
    }
}
