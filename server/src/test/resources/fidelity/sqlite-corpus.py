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
