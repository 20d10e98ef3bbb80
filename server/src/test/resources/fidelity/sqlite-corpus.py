# Writes the SQLite fidelity corpus (fidelity/sqlite/NNN-name/{a.sql,b.sql,data.sql,renames.txt,expect.sql}).
# Edit the pairs here and rerun: python3 sqlite-corpus.py
import os
root = os.path.join(os.path.dirname(os.path.abspath(__file__)), 'sqlite')
pairs = []
def P(name, a, b, data=None, renames=None, expect=None):
    pairs.append((name, a, b, data, renames, expect))

USERS = "CREATE TABLE users (\n  id INTEGER PRIMARY KEY AUTOINCREMENT,\n  name varchar(50) NOT NULL\n);\n"
def users(extra):
    return "CREATE TABLE users (\n  id INTEGER PRIMARY KEY AUTOINCREMENT,\n  name varchar(50) NOT NULL,\n" + extra + "\n);\n"
DATA = "INSERT INTO users (name) VALUES ('ann'), ('bob');\n"

P('001-create-table', USERS, USERS + "CREATE TABLE tags (\n  id INTEGER NOT NULL PRIMARY KEY,\n  label varchar(20) NOT NULL DEFAULT 'x',\n  CONSTRAINT uk_tags_label UNIQUE (label)\n);\n")
P('002-add-column', USERS, users("  nick varchar(20) DEFAULT 'n'"), DATA, None, "SELECT COUNT(*) = 2 FROM users WHERE nick = 'n'")
P('003-drop-column', users("  nick varchar(20)"), USERS, DATA)
P('004-set-not-null', users("  nick varchar(20) DEFAULT 'n'"), users("  nick varchar(20) NOT NULL DEFAULT 'n'"), DATA)
P('005-change-default', users("  score integer DEFAULT 0"), users("  score integer DEFAULT 10"), DATA)
P('006-change-type', users("  score integer"), users("  score decimal(10,2)"), "INSERT INTO users (name, score) VALUES ('ann', 3);\n", None, "SELECT score = 3 FROM users")
P('007-add-index', users("  email varchar(100)"), users("  email varchar(100)") + "CREATE INDEX idx_users_email ON users (email);\n", DATA)
P('008-partial-unique-index', users("  email varchar(100),\n  deleted_at timestamp"), users("  email varchar(100),\n  deleted_at timestamp") + "CREATE UNIQUE INDEX uk_users_live_email ON users (email) WHERE deleted_at IS NULL;\n", DATA)
P('009-add-check', users("  age integer"), users("  age integer,\n  CONSTRAINT chk_users_age CHECK (age >= 0)"), "INSERT INTO users (name, age) VALUES ('ann', 30);\n")
P('010-add-foreign-key', USERS + "CREATE TABLE posts (\n  id INTEGER NOT NULL PRIMARY KEY,\n  user_id integer\n);\n",
  USERS + "CREATE TABLE posts (\n  id INTEGER NOT NULL PRIMARY KEY,\n  user_id integer,\n  CONSTRAINT fk_posts_user FOREIGN KEY (user_id) REFERENCES users (id) ON DELETE CASCADE\n);\n",
  DATA + "INSERT INTO posts VALUES (1, 1);\n", None, "SELECT COUNT(*) = 1 FROM posts")
P('011-rename-column', users("  nick varchar(20)"), users("  alias varchar(20)"), "INSERT INTO users (name, nick) VALUES ('ann', 'annie');\n", "users.nick=alias\n", "SELECT alias = 'annie' FROM users")
P('012-rename-table', USERS, USERS.replace('users', 'members'), DATA, "table users=members\n", "SELECT COUNT(*) = 2 FROM members")
P('013-rename-swap-two-columns', "CREATE TABLE names (\n  id INTEGER NOT NULL PRIMARY KEY,\n  first varchar(20),\n  last varchar(30) NOT NULL\n);\n",
  "CREATE TABLE names (\n  id INTEGER NOT NULL PRIMARY KEY,\n  last varchar(20),\n  first varchar(30) NOT NULL\n);\n",
  "INSERT INTO names VALUES (1, 'Ada', 'Lovelace');\n", "names.first=last\nnames.last=first\n", "SELECT last = 'Ada' AND first = 'Lovelace' FROM names")
P('014-rename-cycle-of-three', "CREATE TABLE c (\n  id INTEGER NOT NULL PRIMARY KEY,\n  a integer,\n  b varchar(5),\n  x date\n);\n",
  "CREATE TABLE c (\n  id INTEGER NOT NULL PRIMARY KEY,\n  b integer,\n  x varchar(5),\n  a date\n);\n",
  "INSERT INTO c VALUES (1, 7, 'five', '2020-01-02');\n", "c.a=b\nc.b=x\nc.x=a\n", "SELECT b = 7 AND x = 'five' AND a = '2020-01-02' FROM c")
P('015-stored-generated-column', "CREATE TABLE lines (\n  id INTEGER NOT NULL PRIMARY KEY,\n  price decimal(10,2) NOT NULL,\n  qty integer NOT NULL\n);\n",
  "CREATE TABLE lines (\n  id INTEGER NOT NULL PRIMARY KEY,\n  price decimal(10,2) NOT NULL,\n  qty integer NOT NULL,\n  total decimal(12,2) GENERATED ALWAYS AS (price * qty) STORED\n);\n",
  "INSERT INTO lines (id, price, qty) VALUES (1, 2.5, 4);\n", None, "SELECT total = 10 FROM lines")
P('016-descending-index', users("  email varchar(100)"), users("  email varchar(100)") + "CREATE INDEX idx_users_email_desc ON users (email DESC, name);\n", DATA)

# ---------------------------------------------------------------- key columns declared without NOT NULL (PRAGMA notnull 0)
P('022-keys-without-not-null-through-rebuild-and-create',
  "CREATE TABLE t (\n  id INTEGER PRIMARY KEY,\n  a TEXT\n);\nCREATE TABLE k (\n  code TEXT PRIMARY KEY,\n  v INT\n);\n",
  "CREATE TABLE t (\n  id INTEGER PRIMARY KEY,\n  a TEXT NOT NULL DEFAULT 'x'\n);\nCREATE TABLE k (\n  code TEXT PRIMARY KEY,\n  v TEXT\n);\n"
  "CREATE TABLE n (\n  a INT,\n  b INT,\n  label TEXT,\n  PRIMARY KEY (a, b)\n);\n",
  "INSERT INTO t (a) VALUES ('p'), ('q');\nINSERT INTO k VALUES ('c1', 1), (NULL, 2);\n", None,
  "SELECT COUNT(*) = 1 FROM k WHERE code IS NULL AND v = 2")
P('023-key-gains-not-null', "CREATE TABLE k (\n  code TEXT PRIMARY KEY,\n  v INT\n);\n",
  "CREATE TABLE k (\n  code TEXT NOT NULL PRIMARY KEY,\n  v INT\n);\n",
  "INSERT INTO k VALUES ('c1', 1), ('c2', 2);\n", None, "SELECT COUNT(*) = 2 FROM k")
P('024-rowid-alias-loses-not-null', "CREATE TABLE t (\n  id INTEGER NOT NULL PRIMARY KEY,\n  a TEXT\n);\n",
  "CREATE TABLE t (\n  id INTEGER PRIMARY KEY,\n  a TEXT\n);\n",
  "INSERT INTO t (a) VALUES ('p'), ('q');\n", None, "SELECT COUNT(*) = 2 FROM t")
P('025-declared-type-names-change', "CREATE TABLE hits (\n  id INTEGER PRIMARY KEY,\n  n INT NOT NULL,\n  at DATETIME,\n  code VARCHAR(10)\n);\n",
  "CREATE TABLE hits (\n  id INTEGER PRIMARY KEY,\n  n BIGINT NOT NULL,\n  at TIMESTAMP,\n  code VARCHAR(10)\n);\n",
  "INSERT INTO hits (n, at, code) VALUES (3000000000, '2024-01-02 03:04:05', 'a');\n", None,
  "SELECT n = 3000000000 AND at = '2024-01-02 03:04:05' FROM hits")

# ---------------------------------------------------------------- 030-059: rebuild details, FK actions, keys, collations, expressions
P('030-check-changes-on-rebuild', users("  age integer,\n  CONSTRAINT chk_users_age CHECK (age >= 0)"),
  users("  age integer,\n  CONSTRAINT chk_users_age CHECK (age BETWEEN 0 AND 150)"),
  "INSERT INTO users (name, age) VALUES ('ann', 30), ('bob', NULL);\n", None, "SELECT COUNT(*) = 2 FROM users")
P('031-check-dropped-and-unnamed-check-added', users("  age integer,\n  CONSTRAINT chk_users_age CHECK (age >= 0)"),
  users("  age integer CHECK (age < 200)"),
  "INSERT INTO users (name, age) VALUES ('ann', 30);\n", None, "SELECT age = 30 FROM users")
PARENTS = "CREATE TABLE parents (\n  id INTEGER PRIMARY KEY,\n  code TEXT NOT NULL UNIQUE\n);\n"
P('032-fk-actions-change', PARENTS + "CREATE TABLE kids (\n  id INTEGER PRIMARY KEY,\n  parent_id INTEGER REFERENCES parents (id) ON DELETE CASCADE\n);\n",
  PARENTS + "CREATE TABLE kids (\n  id INTEGER PRIMARY KEY,\n  parent_id INTEGER REFERENCES parents (id) ON DELETE SET NULL ON UPDATE CASCADE\n);\n",
  "INSERT INTO parents VALUES (1, 'p');\nINSERT INTO kids VALUES (1, 1);\n", None, "SELECT parent_id = 1 FROM kids")
P('033-fk-set-default-to-unique-column', PARENTS + "CREATE TABLE kids (\n  id INTEGER PRIMARY KEY,\n  parent_code TEXT DEFAULT 'p'\n);\n",
  PARENTS + "CREATE TABLE kids (\n  id INTEGER PRIMARY KEY,\n  parent_code TEXT DEFAULT 'p',\n  CONSTRAINT fk_kids_parent FOREIGN KEY (parent_code) REFERENCES parents (code) ON DELETE SET DEFAULT ON UPDATE RESTRICT\n);\n",
  "INSERT INTO parents VALUES (1, 'p');\nINSERT INTO kids VALUES (1, 'p');\n", None, "SELECT COUNT(*) = 1 FROM kids")
P('034-create-table-with-composite-pk', USERS,
  USERS + "CREATE TABLE memberships (\n  user_id INTEGER NOT NULL,\n  group_id INTEGER NOT NULL,\n  role TEXT NOT NULL DEFAULT 'member',\n  PRIMARY KEY (user_id, group_id)\n);\n")
P('035-primary-key-becomes-composite', "CREATE TABLE stock (\n  shop INTEGER NOT NULL,\n  sku TEXT NOT NULL PRIMARY KEY,\n  qty INTEGER\n);\n",
  "CREATE TABLE stock (\n  shop INTEGER NOT NULL,\n  sku TEXT NOT NULL,\n  qty INTEGER,\n  PRIMARY KEY (shop, sku)\n);\n",
  "INSERT INTO stock VALUES (1, 'a', 5), (1, 'b', 6);\n", None, "SELECT SUM(qty) = 11 FROM stock")
P('036-unique-table-constraint-added', users("  shop integer NOT NULL DEFAULT 1,\n  email varchar(100)"),
  users("  shop integer NOT NULL DEFAULT 1,\n  email varchar(100),\n  CONSTRAINT uk_users_shop_email UNIQUE (shop, email)"),
  "INSERT INTO users (name, email) VALUES ('ann', 'a@x'), ('bob', 'b@x');\n", None, "SELECT COUNT(*) = 2 FROM users")
P('037-unique-table-constraint-dropped', users("  email varchar(100),\n  CONSTRAINT uk_users_email UNIQUE (email)"),
  users("  email varchar(100)"), "INSERT INTO users (name, email) VALUES ('ann', 'a@x');\n", None, "SELECT email = 'a@x' FROM users")
P('038-add-collate-nocase-column', USERS, users("  nick TEXT COLLATE NOCASE"), DATA, None, "SELECT COUNT(*) = 2 FROM users")
P('039-existing-column-becomes-collate-nocase', users("  email TEXT NOT NULL DEFAULT ''"), users("  email TEXT NOT NULL DEFAULT '' COLLATE NOCASE"),
  "INSERT INTO users (name, email) VALUES ('ann', 'Ann@X');\n", None, "SELECT COUNT(*) = 1 FROM users WHERE email = 'ann@x'")
P('040-default-datetime-now-expression', users("  created_at TEXT"), users("  created_at TEXT NOT NULL DEFAULT (datetime('now'))"),
  "INSERT INTO users (name, created_at) VALUES ('ann', '2024-01-01 00:00:00');\n", None, "SELECT created_at = '2024-01-01 00:00:00' FROM users")
P('041-default-function-expression-changes', users("  code TEXT DEFAULT (lower('ABC'))"), users("  code TEXT DEFAULT (upper('abc') || '-' || 1)"),
  DATA, None, "SELECT COUNT(*) = 2 FROM users")
LINES = "CREATE TABLE lines (\n  id INTEGER PRIMARY KEY,\n  price REAL NOT NULL,\n  qty INTEGER NOT NULL%s\n);\n"
P('042-add-virtual-generated-column', LINES % "", LINES % ",\n  total REAL GENERATED ALWAYS AS (price * qty) VIRTUAL",
  "INSERT INTO lines (price, qty) VALUES (2.5, 4);\n", None, "SELECT total = 10 FROM lines")
P('043-virtual-generated-expression-changes', LINES % ",\n  total REAL GENERATED ALWAYS AS (price * qty) VIRTUAL",
  LINES % ",\n  total REAL GENERATED ALWAYS AS (price * qty * 1.2) VIRTUAL",
  "INSERT INTO lines (price, qty) VALUES (2.5, 4);\n", None, "SELECT total = 12 FROM lines")
P('044-index-with-collate', users("  email TEXT"), users("  email TEXT") + "CREATE INDEX idx_users_email_nocase ON users (email COLLATE NOCASE);\n", DATA)
P('045-partial-non-unique-index', users("  email TEXT,\n  deleted_at TEXT"),
  users("  email TEXT,\n  deleted_at TEXT") + "CREATE INDEX idx_users_live ON users (name) WHERE deleted_at IS NULL AND email IS NOT NULL;\n", DATA)
P('046-expression-index', users("  email TEXT"), users("  email TEXT") + "CREATE UNIQUE INDEX uk_users_lower_email ON users (lower(email));\n", DATA)
P('047-create-strict-without-rowid-table', USERS,
  USERS + "CREATE TABLE kv (\n  k TEXT NOT NULL PRIMARY KEY,\n  v ANY,\n  n INTEGER NOT NULL DEFAULT 0\n) STRICT, WITHOUT ROWID;\n")
P('048-strict-table-column-type-and-default-change', "CREATE TABLE m (\n  id INTEGER PRIMARY KEY,\n  v INTEGER,\n  note TEXT\n) STRICT;\n",
  "CREATE TABLE m (\n  id INTEGER PRIMARY KEY,\n  v REAL,\n  note TEXT NOT NULL DEFAULT ''\n) STRICT;\n",
  "INSERT INTO m (v, note) VALUES (3, 'x');\n", None, "SELECT v = 3 AND note = 'x' FROM m")
P('049-without-rowid-adds-column-and-index', "CREATE TABLE kv (\n  k TEXT NOT NULL PRIMARY KEY,\n  v TEXT\n) WITHOUT ROWID;\n",
  "CREATE TABLE kv (\n  k TEXT NOT NULL PRIMARY KEY,\n  v TEXT,\n  n INTEGER NOT NULL DEFAULT 0\n) WITHOUT ROWID;\nCREATE INDEX idx_kv_v ON kv (v);\n",
  "INSERT INTO kv VALUES ('a', '1'), ('b', '2');\n", None, "SELECT COUNT(*) = 2 FROM kv WHERE n = 0")
P('050-rename-indexed-column-with-data', users("  email TEXT") + "CREATE INDEX idx_users_email ON users (email);\n",
  users("  mail TEXT") + "CREATE INDEX idx_users_email ON users (mail);\n",
  "INSERT INTO users (name, email) VALUES ('ann', 'a@x');\n", "users.email=mail\n", "SELECT mail = 'a@x' FROM users")
P('051-rename-table-referenced-by-fk', "CREATE TABLE customers (\n  id INTEGER PRIMARY KEY,\n  name TEXT\n);\nCREATE TABLE orders (\n  id INTEGER PRIMARY KEY,\n  customer_id INTEGER REFERENCES customers (id)\n);\n",
  "CREATE TABLE clients (\n  id INTEGER PRIMARY KEY,\n  name TEXT\n);\nCREATE TABLE orders (\n  id INTEGER PRIMARY KEY,\n  customer_id INTEGER REFERENCES clients (id)\n);\n",
  "INSERT INTO customers VALUES (1, 'ann'), (2, 'bob');\nINSERT INTO orders VALUES (10, 1);\n", "table customers=clients\n",
  "SELECT COUNT(*) = 1 FROM orders o JOIN clients c ON c.id = o.customer_id WHERE c.name = 'ann'")
P('052-rebuild-of-table-a-view-reads', users("  age integer") + "CREATE VIEW adults AS SELECT id, name FROM users WHERE age >= 18;\n",
  users("  age integer NOT NULL DEFAULT 0") + "CREATE VIEW adults AS SELECT id, name FROM users WHERE age >= 18;\n",
  "INSERT INTO users (name, age) VALUES ('ann', 30), ('bob', NULL);\n", None, "SELECT COUNT(*) = 1 FROM adults")
P('053-rebuild-of-table-with-trigger', users("  updated_at TEXT") + "CREATE TRIGGER trg_users_touch AFTER UPDATE OF name ON users BEGIN UPDATE users SET updated_at = 'x' WHERE id = NEW.id; END;\n",
  users("  updated_at TEXT,\n  score REAL CHECK (score >= 0)") + "CREATE TRIGGER trg_users_touch AFTER UPDATE OF name ON users BEGIN UPDATE users SET updated_at = 'x' WHERE id = NEW.id; END;\n",
  DATA, None, "SELECT COUNT(*) = 2 FROM users")
P('054-autoincrement-added', "CREATE TABLE events (\n  id INTEGER PRIMARY KEY,\n  kind TEXT NOT NULL\n);\n",
  "CREATE TABLE events (\n  id INTEGER PRIMARY KEY AUTOINCREMENT,\n  kind TEXT NOT NULL\n);\n",
  "INSERT INTO events (kind) VALUES ('a'), ('b');\n", None, "SELECT MAX(id) = 2 FROM events")
P('055-autoincrement-removed', "CREATE TABLE events (\n  id INTEGER PRIMARY KEY AUTOINCREMENT,\n  kind TEXT NOT NULL\n);\n",
  "CREATE TABLE events (\n  id INTEGER PRIMARY KEY,\n  kind TEXT NOT NULL\n);\n",
  "INSERT INTO events (kind) VALUES ('a'), ('b');\n", None, "SELECT MAX(id) = 2 FROM events")
P('056-rename-column-a-view-reads', users("  nick TEXT") + "CREATE VIEW nicks AS SELECT id, nick FROM users;\n",
  users("  alias TEXT") + "CREATE VIEW nicks AS SELECT id, alias FROM users;\n",
  "INSERT INTO users (name, nick) VALUES ('ann', 'annie');\n", "users.nick=alias\n", "SELECT alias = 'annie' FROM nicks")
P('057-drop-indexed-column', users("  email TEXT,\n  note TEXT") + "CREATE INDEX idx_users_email ON users (email);\n",
  users("  note TEXT"), "INSERT INTO users (name, email, note) VALUES ('ann', 'a@x', 'n');\n", None, "SELECT note = 'n' FROM users")
P('058-composite-fk-to-composite-pk', "CREATE TABLE orders (\n  shop INTEGER NOT NULL,\n  num INTEGER NOT NULL,\n  PRIMARY KEY (shop, num)\n);\nCREATE TABLE lines (\n  shop INTEGER NOT NULL,\n  num INTEGER NOT NULL,\n  line INTEGER NOT NULL,\n  PRIMARY KEY (shop, num, line)\n);\n",
  "CREATE TABLE orders (\n  shop INTEGER NOT NULL,\n  num INTEGER NOT NULL,\n  PRIMARY KEY (shop, num)\n);\nCREATE TABLE lines (\n  shop INTEGER NOT NULL,\n  num INTEGER NOT NULL,\n  line INTEGER NOT NULL,\n  PRIMARY KEY (shop, num, line),\n  CONSTRAINT fk_lines_order FOREIGN KEY (shop, num) REFERENCES orders (shop, num) ON DELETE CASCADE\n);\n",
  "INSERT INTO orders VALUES (1, 1);\nINSERT INTO lines VALUES (1, 1, 1), (1, 1, 2);\n", None, "SELECT COUNT(*) = 2 FROM lines")
P('059-many-changes-in-one-rebuild', users("  email TEXT,\n  age INTEGER,\n  CONSTRAINT chk_users_age CHECK (age >= 0)"),
  users("  email TEXT NOT NULL DEFAULT '' COLLATE NOCASE,\n  age INTEGER DEFAULT 18,\n  CONSTRAINT chk_users_age CHECK (age >= 18),\n  CONSTRAINT uk_users_email UNIQUE (email)"),
  "INSERT INTO users (name, email, age) VALUES ('ann', 'a@x', 30), ('bob', 'b@x', 40);\n", None, "SELECT SUM(age) = 70 FROM users")

for name, a, b, data, renames, expect in pairs:
    d = os.path.join(root, name)
    os.makedirs(d, exist_ok=True)
    open(os.path.join(d, 'a.sql'), 'w').write(a)
    open(os.path.join(d, 'b.sql'), 'w').write(b)
    for fn, content in (('data.sql', data), ('renames.txt', renames), ('expect.sql', expect)):
        p = os.path.join(d, fn)
        if content:
            open(p, 'w').write(content if content.endswith('\n') else content + '\n')
        elif os.path.exists(p):
            os.remove(p)
print(len(pairs))
