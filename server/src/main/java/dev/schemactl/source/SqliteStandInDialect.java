package dev.schemactl.source;

import org.hibernate.boot.model.TypeContributions;
import org.hibernate.dialect.DatabaseVersion;
import org.hibernate.dialect.H2Dialect;
import org.hibernate.service.ServiceRegistry;
import org.hibernate.type.SqlTypes;
import org.hibernate.type.descriptor.jdbc.VarcharJdbcType;

/**
 * The dialect schemactl reads SQLite models with. Hibernate 7's SQLite dialect
 * ({@code org.hibernate.community.dialect.SQLiteDialect}) lives in hibernate-community-dialects, which
 * schemactl does not ship; H2's dialect is the closest stand-in in hibernate-core: its DDL type spellings
 * (integer, bigint, varchar(n), numeric(p,s), boolean, date, time, timestamp(p) [with time zone], uuid, clob,
 * blob, binary varying(n)) are plain SQL that {@code SqliteTypeNames} maps the way SQLite's type affinity
 * keeps them, and it knows identity columns and check constraints. One difference is made: SQLite has no
 * enum type, so a string enum is {@code varchar(n)} plus a check of its values (as Hibernate does on
 * PostgreSQL) instead of H2's native {@code enum}. Only the relational model is used, never H2 SQL; the H2
 * version is fixed (2.3.232) whatever the SQLite version.
 */
final class SqliteStandInDialect extends H2Dialect {

    SqliteStandInDialect() {
        super(DatabaseVersion.make(2, 3, 232));
    }

    @Override
    public void contributeTypes(TypeContributions typeContributions, ServiceRegistry serviceRegistry) {
        super.contributeTypes(typeContributions, serviceRegistry);
        typeContributions.getTypeConfiguration().getJdbcTypeRegistry().addDescriptor(SqlTypes.ENUM, VarcharJdbcType.INSTANCE);
    }
}
