#!/usr/bin/env bash
# Measured-locks report for the demo (issue 13 §3): for PostgreSQL and MariaDB, the shop entities' migration written
# by `schemactl new` for that engine plus a typical evolution of it (add columns, index, widen types, a check), each
# measured by `schemactl verify --locks` on a temporary database of the server. Prints both reports.
#   bench/scripts/demo-locks.sh      (PostgreSQL 127.0.0.1:5432 postgres, MariaDB 127.0.0.1:3306 root;
#                                     java -jar server/target/schemactl.jar, examples/shop/target/classes)
set -euo pipefail
root="$(cd "$(dirname "$(readlink -f "${BASH_SOURCE[0]}")")/../.." && pwd)"
jar="$root/server/target/schemactl.jar"
[ -f "$jar" ] || { echo "build the tool first: mvn -q -B -DskipTests -pl server -am package" >&2; exit 1; }
sc() { (cd "$work" && java -jar "$jar" "$@"); }
for engine in postgresql mariadb; do
  work="$(mktemp -d)"
  db="demo_locks_$$"
  if [ "$engine" = postgresql ]; then url="postgres://postgres@127.0.0.1:5432/$db"; else url="mysql://root@127.0.0.1:3306/$db"; fi
  export DATABASE_URL="$url"
  printf 'models:\n  classpath: [%s]\n  packages: [dev.schemactl.examples.shop]\n' "$root/examples/shop/target/classes" > "$work/schemactl.yaml"
  sc create >/dev/null
  SOURCE_DATE_EPOCH=1764547200 sc new -m create_shop --no-verify >/dev/null
  if [ "$engine" = postgresql ]; then
    cat > "$work/migrations/versions/20260101000000_evolve_shop.sql" <<'SQL'
--liquibase formatted sql
-- schemactl: engine=postgresql

--changeset demo:20260101000000-1
ALTER TABLE orders ADD COLUMN note varchar(200);
ALTER TABLE customers ADD COLUMN loyalty integer DEFAULT 0 NOT NULL;
ALTER TABLE orders ADD COLUMN tracking_id uuid DEFAULT gen_random_uuid();
CREATE INDEX idx_orders_status ON orders (status);
ALTER TABLE order_lines ALTER COLUMN quantity TYPE bigint;
ALTER TABLE products ALTER COLUMN name TYPE varchar(300);
ALTER TABLE products ADD CONSTRAINT chk_products_price CHECK (price >= 0);
ALTER TABLE products ADD CONSTRAINT chk_products_price_nv CHECK (price < 1000000) NOT VALID;
--rollback empty

--changeset demo:20260101000000-2 runInTransaction:false
CREATE INDEX CONCURRENTLY idx_customers_created ON customers (created_at);
--rollback empty
SQL
  else
    cat > "$work/migrations/versions/20260101000000_evolve_shop.sql" <<'SQL'
--liquibase formatted sql
-- schemactl: engine=mariadb

--changeset demo:20260101000000-1
ALTER TABLE orders ADD COLUMN note varchar(200);
--rollback empty

--changeset demo:20260101000000-2
ALTER TABLE customers ADD COLUMN loyalty int NOT NULL DEFAULT 0;
--rollback empty

--changeset demo:20260101000000-3
CREATE INDEX idx_orders_status ON orders (status);
--rollback empty

--changeset demo:20260101000000-4
ALTER TABLE order_lines MODIFY quantity bigint NOT NULL;
--rollback empty

--changeset demo:20260101000000-5
ALTER TABLE products MODIFY name varchar(300) NOT NULL;
--rollback empty

--changeset demo:20260101000000-6
ALTER TABLE products ADD CONSTRAINT chk_products_price CHECK (price >= 0);
--rollback empty
SQL
  fi
  echo "#### $engine"
  sc verify --locks || true
  sc drop --force >/dev/null 2>&1 || sc drop >/dev/null 2>&1 || true
  rm -rf "$work"
done
