# Writes the MariaDB fidelity corpus (fidelity/mariadb/NNN-name/{a.sql,b.sql,data.sql,renames.txt,expect.sql}).
# Edit the pairs here and rerun: python3 mariadb-corpus.py
import os, textwrap
root = os.path.join(os.path.dirname(os.path.abspath(__file__)), 'mariadb')
pairs = []
gaps = {}
def P(name, a, b, data=None, renames=None, expect=None, gap=None):
    pairs.append((name, a, b, data, renames, expect))
    if gap:
        gaps[name] = gap

USERS = "CREATE TABLE users (\n  id int NOT NULL AUTO_INCREMENT,\n  name varchar(50) NOT NULL,\n  PRIMARY KEY (id)\n);\n"
USERS_DATA = "INSERT INTO users (name) VALUES ('ann'), ('bob');\n"
def users(extra):
    return "CREATE TABLE users (\n  id int NOT NULL AUTO_INCREMENT,\n  name varchar(50) NOT NULL,\n" + extra + ",\n  PRIMARY KEY (id)\n);\n"

# ---------------------------------------------------------------- booleans (issue 11, item 5)
P('001-bool-create-table', USERS, USERS + "CREATE TABLE flags (\n  id int NOT NULL,\n  active boolean NOT NULL DEFAULT 1,\n  archived tinyint(1) DEFAULT 0,\n  visible bool DEFAULT TRUE,\n  PRIMARY KEY (id)\n);\n")
P('002-bool-add-column', USERS, users("  active tinyint(1) NOT NULL DEFAULT 1"), USERS_DATA, None, "SELECT COUNT(*) = 2 FROM users WHERE active = 1")
P('003-bool-change-default', users("  active tinyint(1) NOT NULL DEFAULT 0"), users("  active tinyint(1) NOT NULL DEFAULT 1"), "INSERT INTO users (name, active) VALUES ('ann', 1), ('bob', 0);\n", None, "SELECT COUNT(*) = 1 FROM users WHERE active = 0")
P('004-bool-set-not-null', users("  active tinyint(1) DEFAULT 1"), users("  active tinyint(1) NOT NULL DEFAULT 1"), "INSERT INTO users (name, active) VALUES ('ann', 1), ('bob', 0);\n")
P('005-bool-drop-column', users("  active tinyint(1) NOT NULL DEFAULT 1"), USERS, USERS_DATA)
P('006-bool-drop-table', USERS + "CREATE TABLE flags (\n  id int NOT NULL,\n  active tinyint(1) NOT NULL DEFAULT 1,\n  archived tinyint(1) DEFAULT 0,\n  PRIMARY KEY (id)\n);\n", USERS)
P('007-bit1-stays-bit1', "CREATE TABLE t (\n  id int NOT NULL,\n  b bit(1) NOT NULL DEFAULT b'1',\n  PRIMARY KEY (id)\n);\n",
  "CREATE TABLE t (\n  id int NOT NULL,\n  b bit(1) NOT NULL DEFAULT b'1',\n  note varchar(10) DEFAULT NULL,\n  PRIMARY KEY (id)\n);\nCREATE TABLE t2 (\n  id int NOT NULL,\n  b bit(1) DEFAULT b'0',\n  PRIMARY KEY (id)\n);\n")
P('008-bool-to-tinyint', users("  level tinyint(1) DEFAULT NULL"), users("  level tinyint DEFAULT NULL"), "INSERT INTO users (name, level) VALUES ('ann', 1), ('bob', 0);\n")
P('009-bool-comment-keeps-type', users("  active tinyint(1) NOT NULL DEFAULT 1"), users("  active tinyint(1) NOT NULL DEFAULT 1 COMMENT 'is the user active'"), USERS_DATA)
P('010-bool-rename-column', users("  active tinyint(1) NOT NULL DEFAULT 1"), users("  enabled tinyint(1) NOT NULL DEFAULT 1"),
  "INSERT INTO users (name, active) VALUES ('ann', 1), ('bob', 0);\n", "users.active=enabled\n", "SELECT COUNT(*) = 1 FROM users WHERE enabled = 0 AND name = 'bob'")

# ---------------------------------------------------------------- unsigned
P('011-unsigned-create-table', USERS, USERS + "CREATE TABLE counters (\n  id int unsigned NOT NULL AUTO_INCREMENT,\n  t tinyint unsigned DEFAULT NULL,\n  s smallint unsigned NOT NULL DEFAULT 0,\n  m mediumint unsigned DEFAULT NULL,\n  b bigint unsigned NOT NULL,\n  d decimal(10,2) unsigned DEFAULT NULL,\n  PRIMARY KEY (id)\n);\n")
P('012-unsigned-add-column', USERS, users("  views int unsigned NOT NULL DEFAULT 0"), USERS_DATA)
P('013-unsigned-big-value-set-not-null', "CREATE TABLE hits (\n  id int NOT NULL,\n  counter int unsigned DEFAULT NULL,\n  PRIMARY KEY (id)\n);\n",
  "CREATE TABLE hits (\n  id int NOT NULL,\n  counter int unsigned NOT NULL,\n  PRIMARY KEY (id)\n);\n",
  "INSERT INTO hits VALUES (1, 3000000000), (2, 4294967295);\n", None, "SELECT counter = 3000000000 FROM hits WHERE id = 1")
P('014-unsigned-widen-to-bigint', "CREATE TABLE hits (\n  id int NOT NULL,\n  counter int unsigned NOT NULL,\n  PRIMARY KEY (id)\n);\n",
  "CREATE TABLE hits (\n  id int NOT NULL,\n  counter bigint unsigned NOT NULL,\n  PRIMARY KEY (id)\n);\n",
  "INSERT INTO hits VALUES (1, 3000000000);\n", None, "SELECT counter = 3000000000 FROM hits WHERE id = 1")
P('015-unsigned-default-change', "CREATE TABLE hits (\n  id int NOT NULL,\n  counter int unsigned DEFAULT 1,\n  PRIMARY KEY (id)\n);\n",
  "CREATE TABLE hits (\n  id int NOT NULL,\n  counter int unsigned DEFAULT 3000000000,\n  PRIMARY KEY (id)\n);\n", "INSERT INTO hits VALUES (1, 3000000000);\n")
P('016-unsigned-drop-column', "CREATE TABLE hits (\n  id int NOT NULL,\n  counter int unsigned NOT NULL DEFAULT 0,\n  PRIMARY KEY (id)\n);\n",
  "CREATE TABLE hits (\n  id int NOT NULL,\n  PRIMARY KEY (id)\n);\n", "INSERT INTO hits VALUES (1, 3000000000);\n")
P('017-unsigned-fk-child', "CREATE TABLE parent (\n  id int unsigned NOT NULL AUTO_INCREMENT,\n  PRIMARY KEY (id)\n);\n",
  "CREATE TABLE parent (\n  id int unsigned NOT NULL AUTO_INCREMENT,\n  PRIMARY KEY (id)\n);\nCREATE TABLE child (\n  id int unsigned NOT NULL AUTO_INCREMENT,\n  parent_id int unsigned NOT NULL,\n  PRIMARY KEY (id),\n  CONSTRAINT fk_child_parent FOREIGN KEY (parent_id) REFERENCES parent (id)\n);\n")
P('018-unsigned-identity-comment', "CREATE TABLE items (\n  id int unsigned NOT NULL AUTO_INCREMENT,\n  name varchar(20) DEFAULT NULL,\n  PRIMARY KEY (id)\n);\n",
  "CREATE TABLE items (\n  id int unsigned NOT NULL AUTO_INCREMENT COMMENT 'surrogate key',\n  name varchar(20) DEFAULT NULL,\n  PRIMARY KEY (id)\n);\n", "INSERT INTO items VALUES (3000000000, 'x');\n")
P('019-signed-to-unsigned', "CREATE TABLE hits (\n  id int NOT NULL,\n  counter int DEFAULT NULL,\n  PRIMARY KEY (id)\n);\n",
  "CREATE TABLE hits (\n  id int NOT NULL,\n  counter int unsigned DEFAULT NULL,\n  PRIMARY KEY (id)\n);\n", "INSERT INTO hits VALUES (1, 7);\n")
P('020-unsigned-to-signed', "CREATE TABLE hits (\n  id int NOT NULL,\n  counter smallint unsigned DEFAULT NULL,\n  PRIMARY KEY (id)\n);\n",
  "CREATE TABLE hits (\n  id int NOT NULL,\n  counter smallint DEFAULT NULL,\n  PRIMARY KEY (id)\n);\n", "INSERT INTO hits VALUES (1, 7);\n")

# ---------------------------------------------------------------- blob / text sizes
P('021-blob-text-sizes-create', USERS, USERS + "CREATE TABLE docs (\n  id int NOT NULL,\n  tb tinyblob,\n  b blob,\n  mb mediumblob,\n  lb longblob,\n  tt tinytext,\n  t text,\n  mt mediumtext,\n  lt longtext,\n  PRIMARY KEY (id)\n);\n")
P('022-blob-add-column', USERS, users("  avatar blob"), USERS_DATA)
P('023-mediumtext-set-not-null', "CREATE TABLE docs (\n  id int NOT NULL,\n  body mediumtext,\n  PRIMARY KEY (id)\n);\n",
  "CREATE TABLE docs (\n  id int NOT NULL,\n  body mediumtext NOT NULL,\n  PRIMARY KEY (id)\n);\n", "INSERT INTO docs VALUES (1, 'hello');\n")
P('024-text-to-mediumtext', "CREATE TABLE docs (\n  id int NOT NULL,\n  body text,\n  PRIMARY KEY (id)\n);\n",
  "CREATE TABLE docs (\n  id int NOT NULL,\n  body mediumtext,\n  PRIMARY KEY (id)\n);\n", "INSERT INTO docs VALUES (1, 'hello');\n", None, "SELECT body = 'hello' FROM docs")
P('025-mediumblob-to-longblob', "CREATE TABLE docs (\n  id int NOT NULL,\n  data mediumblob,\n  PRIMARY KEY (id)\n);\n",
  "CREATE TABLE docs (\n  id int NOT NULL,\n  data longblob,\n  PRIMARY KEY (id)\n);\n", "INSERT INTO docs VALUES (1, 'abc');\n")
P('026-tinytext-drop-column', "CREATE TABLE docs (\n  id int NOT NULL,\n  title tinytext,\n  PRIMARY KEY (id)\n);\n",
  "CREATE TABLE docs (\n  id int NOT NULL,\n  PRIMARY KEY (id)\n);\n", "INSERT INTO docs VALUES (1, 'x');\n")
P('027-blob-drop-table', USERS + "CREATE TABLE docs (\n  id int NOT NULL,\n  b blob,\n  tb tinyblob,\n  mt mediumtext,\n  PRIMARY KEY (id)\n);\n", USERS)

# ---------------------------------------------------------------- ON UPDATE
P('028-on-update-create-table', USERS, USERS + "CREATE TABLE audit (\n  id int NOT NULL,\n  updated_at timestamp NOT NULL DEFAULT current_timestamp() ON UPDATE current_timestamp(),\n  changed datetime(3) DEFAULT NULL ON UPDATE current_timestamp(3),\n  PRIMARY KEY (id)\n);\n")
P('029-on-update-add-column', USERS, users("  updated_at datetime DEFAULT current_timestamp() ON UPDATE current_timestamp()"), USERS_DATA)
P('030-on-update-set', users("  updated_at timestamp NOT NULL DEFAULT current_timestamp()"), users("  updated_at timestamp NOT NULL DEFAULT current_timestamp() ON UPDATE current_timestamp()"), USERS_DATA)
P('031-on-update-remove', users("  updated_at timestamp NOT NULL DEFAULT current_timestamp() ON UPDATE current_timestamp()"), users("  updated_at timestamp NOT NULL DEFAULT current_timestamp()"), USERS_DATA)
P('032-on-update-kept-on-modify', users("  updated_at datetime DEFAULT NULL ON UPDATE current_timestamp()"), users("  updated_at datetime DEFAULT NULL ON UPDATE current_timestamp() COMMENT 'last change'"), USERS_DATA)
P('033-on-update-drop-column', users("  updated_at timestamp NOT NULL DEFAULT current_timestamp() ON UPDATE current_timestamp()"), USERS, USERS_DATA)

# ---------------------------------------------------------------- generated columns
LINES = "CREATE TABLE order_lines (\n  id int NOT NULL,\n  price decimal(10,2) NOT NULL,\n  qty int NOT NULL,\n%s  PRIMARY KEY (id)\n);\n"
P('034-generated-create-table', USERS, USERS + LINES % "  total decimal(12,2) AS (price * qty) VIRTUAL,\n  total_s decimal(12,2) AS (price * qty) STORED,\n")
P('035-virtual-add-column', LINES % "", LINES % "  total decimal(12,2) AS (price * qty) VIRTUAL,\n", "INSERT INTO order_lines (id, price, qty) VALUES (1, 2.50, 4);\n", None, "SELECT total = 10 FROM order_lines")
P('036-stored-add-column', LINES % "", LINES % "  total decimal(12,2) AS (price * qty) STORED,\n", "INSERT INTO order_lines (id, price, qty) VALUES (1, 2.50, 4);\n", None, "SELECT total = 10 FROM order_lines")
P('037-virtual-to-stored', LINES % "  total decimal(12,2) AS (price * qty) VIRTUAL,\n", LINES % "  total decimal(12,2) AS (price * qty) STORED,\n", "INSERT INTO order_lines (id, price, qty) VALUES (1, 2.50, 4);\n")
P('038-virtual-drop-column', LINES % "  total decimal(12,2) AS (price * qty) VIRTUAL,\n", LINES % "", "INSERT INTO order_lines (id, price, qty) VALUES (1, 2.50, 4);\n")
P('039-virtual-expression-change', LINES % "  total decimal(12,2) AS (price * qty) VIRTUAL,\n", LINES % "  total decimal(12,2) AS (price * qty + 1) VIRTUAL,\n", "INSERT INTO order_lines (id, price, qty) VALUES (1, 2.50, 4);\n")

# ---------------------------------------------------------------- charset / collation
P('040-column-collation-create-table', USERS, USERS + "CREATE TABLE codes (\n  id int NOT NULL,\n  name varchar(50) COLLATE utf8mb4_bin NOT NULL,\n  code char(3) CHARACTER SET ascii COLLATE ascii_general_ci DEFAULT NULL,\n  body text CHARACTER SET latin1 COLLATE latin1_swedish_ci,\n  PRIMARY KEY (id)\n);\n")
P('041-column-collation-change', users("  nick varchar(50) DEFAULT NULL"), users("  nick varchar(50) COLLATE utf8mb4_bin DEFAULT NULL"), "INSERT INTO users (name, nick) VALUES ('ann', 'Ann');\n", None, "SELECT nick = 'Ann' FROM users")
P('042-column-charset-change', users("  code varchar(10) DEFAULT NULL"), users("  code varchar(10) CHARACTER SET latin1 COLLATE latin1_swedish_ci DEFAULT NULL"), "INSERT INTO users (name, code) VALUES ('ann', 'AB');\n", None, "SELECT code = 'AB' FROM users")
P('043-table-charset-create', USERS, USERS + "CREATE TABLE legacy (\n  id int NOT NULL,\n  name varchar(40) DEFAULT NULL,\n  PRIMARY KEY (id)\n) DEFAULT CHARSET=latin1;\n")
P('044-collation-kept-on-modify', users("  nick varchar(50) COLLATE utf8mb4_bin DEFAULT NULL"), users("  nick varchar(50) COLLATE utf8mb4_bin NOT NULL"), "INSERT INTO users (name, nick) VALUES ('ann', 'Ann');\n")
P('045-collation-add-column', USERS, users("  nick varchar(50) COLLATE utf8mb4_unicode_ci DEFAULT NULL"), USERS_DATA)
P('046-table-collation-change', "CREATE TABLE notes (\n  id int NOT NULL,\n  PRIMARY KEY (id)\n) DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci;\n",
  "CREATE TABLE notes (\n  id int NOT NULL,\n  PRIMARY KEY (id)\n) DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;\n")

# ---------------------------------------------------------------- integer widths and other types
P('047-mediumint-create', USERS, USERS + "CREATE TABLE m (\n  id mediumint NOT NULL,\n  n mediumint unsigned DEFAULT NULL,\n  PRIMARY KEY (id)\n);\n")
P('048-mediumint-set-not-null', "CREATE TABLE m (\n  id int NOT NULL,\n  n mediumint DEFAULT NULL,\n  PRIMARY KEY (id)\n);\n", "CREATE TABLE m (\n  id int NOT NULL,\n  n mediumint NOT NULL,\n  PRIMARY KEY (id)\n);\n", "INSERT INTO m VALUES (1, 8000000);\n")
P('049-int-default-widths', USERS, USERS + "CREATE TABLE w (\n  id bigint NOT NULL,\n  a tinyint DEFAULT NULL,\n  b smallint DEFAULT NULL,\n  c int DEFAULT NULL,\n  d int(11) DEFAULT NULL,\n  PRIMARY KEY (id)\n);\n")
P('050-year-and-set', USERS, USERS + "CREATE TABLE y (\n  id int NOT NULL,\n  born year DEFAULT NULL,\n  tags set('a','b','c') DEFAULT NULL,\n  PRIMARY KEY (id)\n);\n")
P('051-float-double-decimal', USERS, USERS + "CREATE TABLE num (\n  id int NOT NULL,\n  f float DEFAULT NULL,\n  d double NOT NULL DEFAULT 0,\n  p decimal(12,4) DEFAULT 1.5000,\n  PRIMARY KEY (id)\n);\n")

# ---------------------------------------------------------------- enums and defaults
P('052-enum-create', USERS, USERS + "CREATE TABLE orders (\n  id int NOT NULL,\n  status enum('new','paid','shipped') NOT NULL DEFAULT 'new',\n  PRIMARY KEY (id)\n);\n")
P('053-enum-add-value', "CREATE TABLE orders (\n  id int NOT NULL,\n  status enum('new','paid') NOT NULL DEFAULT 'new',\n  PRIMARY KEY (id)\n);\n",
  "CREATE TABLE orders (\n  id int NOT NULL,\n  status enum('new','paid','shipped') NOT NULL DEFAULT 'new',\n  PRIMARY KEY (id)\n);\n", "INSERT INTO orders VALUES (1, 'paid');\n", None, "SELECT status = 'paid' FROM orders")
P('054-enum-default-change', "CREATE TABLE orders (\n  id int NOT NULL,\n  status enum('new','paid') DEFAULT NULL,\n  PRIMARY KEY (id)\n);\n",
  "CREATE TABLE orders (\n  id int NOT NULL,\n  status enum('new','paid') DEFAULT 'new',\n  PRIMARY KEY (id)\n);\n")
P('055-default-string-change', users("  city varchar(30) DEFAULT 'Oslo'"), users("  city varchar(30) DEFAULT 'O''Hare \\\\ gate'"), USERS_DATA)
P('056-default-expression', USERS, users("  created date DEFAULT curdate()"), USERS_DATA)
P('057-default-drop', users("  city varchar(30) DEFAULT 'Oslo'"), users("  city varchar(30)"), USERS_DATA)
P('058-datetime-precision-default', USERS, users("  created datetime(6) NOT NULL DEFAULT current_timestamp(6)"), USERS_DATA)

# ---------------------------------------------------------------- indexes
IDX = "CREATE TABLE people (\n  id int NOT NULL,\n  email varchar(100) NOT NULL,\n  last varchar(50) DEFAULT NULL,\n  first varchar(50) DEFAULT NULL,\n  PRIMARY KEY (id)%s\n);\n"
P('059-index-create', IDX % "", IDX % ",\n  KEY idx_people_name (last, first)", "INSERT INTO people VALUES (1, 'a@x', 'a', 'b');\n")
P('060-index-drop', IDX % ",\n  KEY idx_people_name (last, first)", IDX % "")
P('061-unique-add', IDX % "", IDX % ",\n  UNIQUE KEY uk_people_email (email)", "INSERT INTO people VALUES (1, 'a@x', 'a', 'b');\n")
P('062-index-descending', IDX % "", IDX % ",\n  KEY idx_people_last_desc (last DESC, first)")
P('063-index-prefix-length', IDX % "", IDX % ",\n  KEY idx_people_email_prefix (email(20))")
P('064-index-change-columns', IDX % ",\n  KEY idx_people_name (last)", IDX % ",\n  KEY idx_people_name (last, first)")

# ---------------------------------------------------------------- foreign keys
PARENT = "CREATE TABLE parent (\n  id int NOT NULL,\n  PRIMARY KEY (id)\n);\n"
CHILD = "CREATE TABLE child (\n  id int NOT NULL,\n  parent_id int DEFAULT NULL,\n  PRIMARY KEY (id)%s\n);\n"
P('065-fk-add', PARENT + CHILD % "", PARENT + CHILD % ",\n  KEY fk_child_parent (parent_id),\n  CONSTRAINT fk_child_parent FOREIGN KEY (parent_id) REFERENCES parent (id)", "INSERT INTO parent VALUES (1);\nINSERT INTO child VALUES (1, 1);\n")
P('066-fk-cascade-change', PARENT + CHILD % ",\n  CONSTRAINT fk_child_parent FOREIGN KEY (parent_id) REFERENCES parent (id)",
  PARENT + CHILD % ",\n  CONSTRAINT fk_child_parent FOREIGN KEY (parent_id) REFERENCES parent (id) ON DELETE CASCADE ON UPDATE SET NULL", "INSERT INTO parent VALUES (1);\nINSERT INTO child VALUES (1, 1);\n")
P('067-fk-drop', PARENT + CHILD % ",\n  KEY idx_child_parent (parent_id),\n  CONSTRAINT fk_child_parent FOREIGN KEY (parent_id) REFERENCES parent (id)", PARENT + CHILD % ",\n  KEY idx_child_parent (parent_id)")

# ---------------------------------------------------------------- checks and comments
P('068-check-add', users("  age int DEFAULT NULL"), users("  age int DEFAULT NULL,\n  CONSTRAINT chk_users_age CHECK (age >= 0)"), "INSERT INTO users (name, age) VALUES ('ann', 30);\n")
P('069-check-drop', users("  age int DEFAULT NULL,\n  CONSTRAINT chk_users_age CHECK (age >= 0)"), users("  age int DEFAULT NULL"), "INSERT INTO users (name, age) VALUES ('ann', 30);\n")
P('070-table-comment', USERS, USERS.replace(");\n", ") COMMENT='people who log in';\n"))
P('071-column-comment-change', users("  nick varchar(20) DEFAULT NULL COMMENT 'old'"), users("  nick varchar(20) DEFAULT NULL COMMENT 'what friends call them'"), USERS_DATA)

# ---------------------------------------------------------------- renames (issue 11, item 7) and data kept
SWAP_A = "CREATE TABLE names (\n  id int NOT NULL,\n  first varchar(20) DEFAULT NULL,\n  last varchar(30) NOT NULL,\n  PRIMARY KEY (id)\n);\n"
SWAP_B = "CREATE TABLE names (\n  id int NOT NULL,\n  last varchar(20) DEFAULT NULL,\n  first varchar(30) NOT NULL,\n  PRIMARY KEY (id)\n);\n"
P('072-rename-column', users("  nick varchar(20) DEFAULT NULL"), users("  alias varchar(20) DEFAULT NULL"), "INSERT INTO users (name, nick) VALUES ('ann', 'annie');\n", "users.nick=alias\n", "SELECT alias = 'annie' FROM users")
P('073-rename-table', USERS, USERS.replace("users", "members"), USERS_DATA, "table users=members\n", "SELECT COUNT(*) = 2 FROM members")
P('074-rename-swap-two-columns', SWAP_A, SWAP_B, "INSERT INTO names VALUES (1, 'Ada', 'Lovelace');\n", "names.first=last\nnames.last=first\n", "SELECT last = 'Ada' AND first = 'Lovelace' FROM names")
P('075-rename-cycle-of-three', "CREATE TABLE c (\n  id int NOT NULL,\n  a int DEFAULT NULL,\n  b varchar(5) DEFAULT NULL,\n  x date DEFAULT NULL,\n  PRIMARY KEY (id)\n);\n",
  "CREATE TABLE c (\n  id int NOT NULL,\n  b int DEFAULT NULL,\n  x varchar(5) DEFAULT NULL,\n  a date DEFAULT NULL,\n  PRIMARY KEY (id)\n);\n",
  "INSERT INTO c VALUES (1, 7, 'five', '2020-01-02');\n", "c.a=b\nc.b=x\nc.x=a\n", "SELECT b = 7 AND x = 'five' AND a = '2020-01-02' FROM c")
P('076-rename-swap-keeps-unsigned-and-bool', "CREATE TABLE s (\n  id int NOT NULL,\n  hits int unsigned NOT NULL DEFAULT 0,\n  active tinyint(1) NOT NULL DEFAULT 1,\n  PRIMARY KEY (id)\n);\n",
  "CREATE TABLE s (\n  id int NOT NULL,\n  active int unsigned NOT NULL DEFAULT 0,\n  hits tinyint(1) NOT NULL DEFAULT 1,\n  PRIMARY KEY (id)\n);\n",
  "INSERT INTO s VALUES (1, 3000000000, 0);\n", "s.hits=active\ns.active=hits\n", "SELECT active = 3000000000 AND hits = 0 FROM s")
P('077-rename-swap-with-index', "CREATE TABLE k (\n  id int NOT NULL,\n  a int DEFAULT NULL,\n  b int DEFAULT NULL,\n  PRIMARY KEY (id),\n  KEY idx_k_a (a)\n);\n",
  "CREATE TABLE k (\n  id int NOT NULL,\n  b int DEFAULT NULL,\n  a int DEFAULT NULL,\n  PRIMARY KEY (id),\n  KEY idx_k_a (b)\n);\n",
  "INSERT INTO k VALUES (1, 10, 20);\n", "k.a=b\nk.b=a\n", "SELECT b = 10 AND a = 20 FROM k")
P('079-drop-middle-column', "CREATE TABLE users (\n  id int NOT NULL AUTO_INCREMENT,\n  nick varchar(20) DEFAULT NULL,\n  name varchar(50) NOT NULL,\n  PRIMARY KEY (id)\n);\n", USERS, "INSERT INTO users (name, nick) VALUES ('ann', 'a');\n")
P('078-sequence-create', USERS, USERS + "CREATE SEQUENCE order_numbers START WITH 1000 INCREMENT BY 10;\n")

# ---------------------------------------------------------------- real-schema features (issue 11, section 5; maria-real)
P('094-zerofill-create-and-add', USERS, "CREATE TABLE users (\n  id int NOT NULL AUTO_INCREMENT,\n  name varchar(50) NOT NULL,\n  code int(5) unsigned zerofill DEFAULT NULL,\n  PRIMARY KEY (id)\n);\nCREATE TABLE z (\n  id int(8) unsigned zerofill NOT NULL,\n  PRIMARY KEY (id)\n);\n", USERS_DATA)
P('095-invisible-column', USERS, users("  secret varchar(20) DEFAULT 'x' INVISIBLE"), USERS_DATA, None, "SELECT COUNT(*) = 2 FROM users WHERE secret = 'x'")
P('096-varbinary-keys', USERS, USERS + "CREATE TABLE blobs (\n  hash binary(20) NOT NULL,\n  title varbinary(255) NOT NULL DEFAULT '',\n  PRIMARY KEY (hash),\n  UNIQUE KEY uk_blobs_title (title)\n);\n")
P('097-composite-fk-add', "CREATE TABLE jobs (\n  sched varchar(20) NOT NULL,\n  name varchar(40) NOT NULL,\n  PRIMARY KEY (sched, name)\n);\nCREATE TABLE triggers (\n  sched varchar(20) NOT NULL,\n  tname varchar(40) NOT NULL,\n  job varchar(40) NOT NULL,\n  PRIMARY KEY (sched, tname),\n  KEY idx_triggers_job (sched, job)\n);\n",
  "CREATE TABLE jobs (\n  sched varchar(20) NOT NULL,\n  name varchar(40) NOT NULL,\n  PRIMARY KEY (sched, name)\n);\nCREATE TABLE triggers (\n  sched varchar(20) NOT NULL,\n  tname varchar(40) NOT NULL,\n  job varchar(40) NOT NULL,\n  PRIMARY KEY (sched, tname),\n  KEY idx_triggers_job (sched, job),\n  CONSTRAINT fk_triggers_jobs FOREIGN KEY (sched, job) REFERENCES jobs (sched, name) ON DELETE CASCADE\n);\n",
  "INSERT INTO jobs VALUES ('s', 'j');\nINSERT INTO triggers VALUES ('s', 't', 'j');\n")
P('098-check-expression-change', users("  age int DEFAULT NULL,\n  CONSTRAINT chk_users_age CHECK (age >= 0)"), users("  age int DEFAULT NULL,\n  CONSTRAINT chk_users_age CHECK (age >= 0 and age < 200)"), "INSERT INTO users (name, age) VALUES ('ann', 30);\n")
P('099-column-level-check', USERS, users("  qty int NOT NULL DEFAULT 1 CHECK (qty > 0)"), USERS_DATA)
P('100-json-column', USERS, users("  prefs json DEFAULT NULL"), USERS_DATA)
P('101-unique-prefix-length-change', "CREATE TABLE pages (\n  id int NOT NULL,\n  title varchar(255) NOT NULL,\n  PRIMARY KEY (id),\n  UNIQUE KEY uk_pages_title (title(20))\n);\n",
  "CREATE TABLE pages (\n  id int NOT NULL,\n  title varchar(255) NOT NULL,\n  PRIMARY KEY (id),\n  UNIQUE KEY uk_pages_title (title(40))\n);\n", "INSERT INTO pages VALUES (1, 'a'), (2, 'b');\n")
P('102-index-asc-to-desc-part', "CREATE TABLE ev (\n  id int NOT NULL,\n  kind varchar(10) NOT NULL,\n  at datetime NOT NULL,\n  PRIMARY KEY (id),\n  KEY idx_ev_kind_at (kind, at)\n);\n",
  "CREATE TABLE ev (\n  id int NOT NULL,\n  kind varchar(10) NOT NULL,\n  at datetime NOT NULL,\n  PRIMARY KEY (id),\n  KEY idx_ev_kind_at (kind, at DESC)\n);\n")
P('103-set-add-value', "CREATE TABLE perms (\n  id int NOT NULL,\n  flags set('read','write') NOT NULL DEFAULT 'read',\n  PRIMARY KEY (id)\n);\n",
  "CREATE TABLE perms (\n  id int NOT NULL,\n  flags set('read','write','admin') NOT NULL DEFAULT 'read,write',\n  PRIMARY KEY (id)\n);\n", "INSERT INTO perms VALUES (1, 'read,write');\n", None, "SELECT flags = 'read,write' FROM perms")
P('104-enum-value-removed', "CREATE TABLE t (\n  id int NOT NULL,\n  state enum('new','old','gone') NOT NULL DEFAULT 'new',\n  PRIMARY KEY (id)\n);\n",
  "CREATE TABLE t (\n  id int NOT NULL,\n  state enum('new','gone') NOT NULL DEFAULT 'new',\n  PRIMARY KEY (id)\n);\n", "INSERT INTO t VALUES (1, 'new'), (2, 'gone');\n", None, "SELECT COUNT(*) = 1 FROM t WHERE state = 'gone'")
P('105-indexed-virtual-column', "CREATE TABLE p (\n  id int NOT NULL,\n  price decimal(10,2) NOT NULL,\n  qty int NOT NULL,\n  PRIMARY KEY (id)\n);\n",
  "CREATE TABLE p (\n  id int NOT NULL,\n  price decimal(10,2) NOT NULL,\n  qty int NOT NULL,\n  total decimal(12,2) GENERATED ALWAYS AS (price * qty) VIRTUAL,\n  PRIMARY KEY (id),\n  KEY idx_p_total (total)\n);\n", "INSERT INTO p (id, price, qty) VALUES (1, 2.50, 4);\n", None, "SELECT total = 10 FROM p")
P('106-enum-column-charset', USERS, users("  grade enum('a','b') CHARACTER SET latin1 COLLATE latin1_bin DEFAULT 'a'"), USERS_DATA)
P('107-comment-with-quotes', USERS, users("  note varchar(20) DEFAULT 'it''s' COMMENT 'the user''s \"note\" \\\\ here'").replace(");\n", ") COMMENT='table''s comment';\n"), USERS_DATA)
P('108-timestamp3-on-update', USERS, users("  changed timestamp(3) NOT NULL DEFAULT current_timestamp(3) ON UPDATE current_timestamp(3)"), USERS_DATA)
P('109-uuid-and-inet6-types', USERS, USERS + "CREATE TABLE nodes (\n  id uuid NOT NULL,\n  addr inet6 DEFAULT NULL,\n  PRIMARY KEY (id)\n);\n")
P('110-text-default-and-blob-key-prefix', USERS, USERS + "CREATE TABLE notes (\n  id int NOT NULL,\n  body text DEFAULT 'empty',\n  data blob,\n  PRIMARY KEY (id),\n  KEY idx_notes_data (data(16))\n);\n")
P('111-rename-column-keeps-unsigned-zerofill-comment', "CREATE TABLE acct (\n  id int NOT NULL,\n  num int(6) unsigned zerofill NOT NULL COMMENT 'account number',\n  PRIMARY KEY (id)\n);\n",
  "CREATE TABLE acct (\n  id int NOT NULL,\n  account_no int(6) unsigned zerofill NOT NULL COMMENT 'account number',\n  PRIMARY KEY (id)\n);\n", "INSERT INTO acct VALUES (1, 42);\n", "acct.num=account_no\n", "SELECT account_no = 42 FROM acct")
P('112-table-comment-removed', USERS.replace(");\n", ") COMMENT='people';\n"), USERS, USERS_DATA)
P('113-column-charset-binary-collation', "CREATE TABLE k (\n  id int NOT NULL,\n  code varchar(20) NOT NULL,\n  PRIMARY KEY (id)\n);\n",
  "CREATE TABLE k (\n  id int NOT NULL,\n  code varchar(20) CHARACTER SET ascii COLLATE ascii_bin NOT NULL,\n  PRIMARY KEY (id)\n);\n", "INSERT INTO k VALUES (1, 'abc');\n", None, "SELECT code = 'abc' FROM k")
P('114-colopt-check-kept-on-comment-change', users("  qty int NOT NULL DEFAULT 1 COMMENT 'old' CHECK (qty > 0)"), users("  qty int NOT NULL DEFAULT 1 COMMENT 'new' CHECK (qty > 0)"), "INSERT INTO users (name, qty) VALUES ('ann', 2);\n")
P('115-colopt-invisible-to-visible', users("  secret varchar(20) DEFAULT 'x' INVISIBLE"), users("  secret varchar(20) DEFAULT 'x'"), "INSERT INTO users (name, secret) VALUES ('ann', 'y');\n", None, "SELECT secret = 'y' FROM users")
P('116-colopt-check-after-column-renames', "CREATE TABLE w (\n  id int NOT NULL,\n  a int DEFAULT NULL,\n  b int DEFAULT NULL CHECK (b > a),\n  PRIMARY KEY (id)\n);\nALTER TABLE w RENAME COLUMN b TO c;\nALTER TABLE w RENAME COLUMN a TO b;\n",
  "CREATE TABLE w (\n  id int NOT NULL,\n  b int DEFAULT NULL,\n  c int DEFAULT NULL COMMENT 'more than b' CHECK (c > b),\n  PRIMARY KEY (id)\n);\n", "INSERT INTO w VALUES (1, 1, 2);\n")
P('117-colopt-check-dropped-and-added', "CREATE TABLE s (\n  id int NOT NULL,\n  x int DEFAULT NULL CHECK (x >= 0),\n  y int DEFAULT NULL,\n  PRIMARY KEY (id)\n);\n",
  "CREATE TABLE s (\n  id int NOT NULL,\n  x int DEFAULT NULL,\n  y int DEFAULT NULL CHECK (y < 100),\n  PRIMARY KEY (id)\n);\n", "INSERT INTO s VALUES (1, 1, 1);\n")

# ---------------------------------------------------------------- what dumps of real applications carry (maria-real)
P('118-real-myisam-table', USERS, USERS + "CREATE TABLE logs (\n  id int NOT NULL,\n  msg varchar(100) DEFAULT NULL,\n  PRIMARY KEY (id)\n) ENGINE=MyISAM;\n")
P('119-real-row-format-dynamic', USERS, USERS + "CREATE TABLE wide (\n  id int NOT NULL,\n  body text,\n  PRIMARY KEY (id)\n) ROW_FORMAT=DYNAMIC;\n")
P('120-real-index-using-btree', USERS, users("  email varchar(100) DEFAULT NULL,\n  KEY idx_users_email (email) USING BTREE"), USERS_DATA)
P('121-real-index-comment', USERS, users("  email varchar(100) DEFAULT NULL,\n  KEY idx_users_email (email) COMMENT 'login lookups'"), USERS_DATA)
P('122-real-system-versioned-table', USERS, USERS + "CREATE TABLE prices (\n  id int NOT NULL,\n  amount decimal(10,2) NOT NULL,\n  PRIMARY KEY (id)\n) WITH SYSTEM VERSIONING;\n")
P('123-real-partitioned-table', USERS, USERS + "CREATE TABLE hist (\n  id int NOT NULL,\n  clock int NOT NULL,\n  PRIMARY KEY (id, clock)\n) PARTITION BY RANGE (clock) (PARTITION p0 VALUES LESS THAN (1000), PARTITION p1 VALUES LESS THAN MAXVALUE);\n")
P('124-real-sequence-options', USERS, USERS + "CREATE SEQUENCE ticket_seq START WITH 100 INCREMENT BY 5 MINVALUE 100 MAXVALUE 100000 CACHE 50 CYCLE;\n")
P('125-real-primary-key-desc', USERS, USERS + "CREATE TABLE feed (\n  id int NOT NULL,\n  at datetime NOT NULL,\n  PRIMARY KEY (id, at DESC)\n);\n")
P('126-real-ignored-index', USERS, users("  email varchar(100) DEFAULT NULL,\n  KEY idx_users_email (email) IGNORED"), USERS_DATA)
P('127-real-geometry-spatial', USERS, USERS + "CREATE TABLE places (\n  id int NOT NULL,\n  pos point NOT NULL,\n  PRIMARY KEY (id),\n  SPATIAL KEY sp_places_pos (pos)\n);\n")
P('128-real-table-charset-latin1-default', USERS, USERS + "CREATE TABLE legacy (\n  id int NOT NULL,\n  name varchar(20) DEFAULT NULL,\n  PRIMARY KEY (id)\n) DEFAULT CHARSET=latin1;\n")
P('129-real-stats-and-checksum-options', USERS, USERS + "CREATE TABLE opts (\n  id int NOT NULL,\n  PRIMARY KEY (id)\n) STATS_PERSISTENT=0 CHECKSUM=1 PACK_KEYS=1;\n")
P('130-real-myisam-to-innodb', "CREATE TABLE logs (\n  id int NOT NULL,\n  msg varchar(100) DEFAULT NULL,\n  PRIMARY KEY (id)\n) ENGINE=MyISAM;\n",
  "CREATE TABLE logs (\n  id int NOT NULL,\n  msg varchar(100) DEFAULT NULL,\n  PRIMARY KEY (id)\n);\n", "INSERT INTO logs VALUES (1, 'x'), (2, 'y');\n", None, "SELECT COUNT(*) = 2 FROM logs")
P('131-real-row-format-and-pack-keys-change', "CREATE TABLE wide (\n  id int NOT NULL,\n  body text,\n  PRIMARY KEY (id)\n) ROW_FORMAT=COMPACT PACK_KEYS=1;\n",
  "CREATE TABLE wide (\n  id int NOT NULL,\n  body text,\n  PRIMARY KEY (id)\n) ROW_FORMAT=DYNAMIC;\n", "INSERT INTO wide VALUES (1, 'x');\n")
P('132-real-add-system-versioning', "CREATE TABLE prices (\n  id int NOT NULL,\n  amount decimal(10,2) NOT NULL,\n  PRIMARY KEY (id)\n);\n",
  "CREATE TABLE prices (\n  id int NOT NULL,\n  amount decimal(10,2) NOT NULL,\n  PRIMARY KEY (id)\n) WITH SYSTEM VERSIONING;\n", "INSERT INTO prices VALUES (1, 9.99);\n", None, "SELECT amount = 9.99 FROM prices WHERE id = 1")
P('133-real-sequence-options-change', USERS + "CREATE SEQUENCE ticket_seq START WITH 100 INCREMENT BY 5 MAXVALUE 100000 CACHE 50 CYCLE;\n",
  USERS + "CREATE SEQUENCE ticket_seq START WITH 100 INCREMENT BY 5 MINVALUE 10 CACHE 20;\n")
P('134-real-descending-sequence', USERS, USERS + "CREATE SEQUENCE countdown START WITH -1 INCREMENT BY -1;\n")

# ---------------------------------------------------------------- FULLTEXT and SPATIAL keys (were unmanaged: never created nor dropped)
DOCS = "CREATE TABLE docs (\n  id int NOT NULL,\n  title varchar(200) NOT NULL,\n  body text,\n  PRIMARY KEY (id)%s\n);\n"
PLACES = "CREATE TABLE places (\n  id int NOT NULL,\n  name varchar(50) DEFAULT NULL,\n  pos point NOT NULL,\n  PRIMARY KEY (id)%s\n);\n"
DOCS_DATA = "INSERT INTO docs VALUES (1, 'Schema changes', 'How to migrate a live database');\n"
P('135-fulltext-create-table', USERS, USERS + DOCS % ",\n  FULLTEXT KEY ft_docs_text (title, body)")
P('136-fulltext-add', DOCS % "", DOCS % ",\n  FULLTEXT KEY ft_docs_text (title, body)", DOCS_DATA, None,
  "SELECT COUNT(*) = 1 FROM docs WHERE MATCH (title, body) AGAINST ('migrate')")
P('137-fulltext-drop', DOCS % ",\n  FULLTEXT KEY ft_docs_text (title, body)", DOCS % "", DOCS_DATA)
P('138-fulltext-change-columns', DOCS % ",\n  FULLTEXT KEY ft_docs_text (title)", DOCS % ",\n  FULLTEXT KEY ft_docs_text (title, body)", DOCS_DATA)
P('139-fulltext-beside-plain-key', DOCS % ",\n  KEY idx_docs_title (title)", DOCS % ",\n  KEY idx_docs_title (title),\n  FULLTEXT KEY ft_docs_title (title)", DOCS_DATA)
P('140-spatial-add', PLACES % "", PLACES % ",\n  SPATIAL KEY sp_places_pos (pos)", "INSERT INTO places VALUES (1, 'here', POINT(1, 2));\n", None,
  "SELECT COUNT(*) = 1 FROM places WHERE MBRContains(ST_GeomFromText('POLYGON((0 0, 0 5, 5 5, 5 0, 0 0))'), pos)")
P('141-spatial-create-table', USERS, USERS + PLACES % ",\n  SPATIAL KEY sp_places_pos (pos)")

# ---------------------------------------------------------------- mhunt3: combinations real schemas use (610-659)
def T(name, cols, opts=""):
    return "CREATE TABLE %s (\n%s\n)%s;\n" % (name, ",\n".join("  " + c for c in cols), opts)
P('610-enum-value-inserted-in-middle-not-null-default-changed',
  T('posts', ["id int NOT NULL", "status enum('draft','published','archived') NOT NULL DEFAULT 'draft'", "PRIMARY KEY (id)"]),
  T('posts', ["id int NOT NULL", "status enum('draft','review','published','archived') NOT NULL DEFAULT 'review'", "PRIMARY KEY (id)"]),
  "INSERT INTO posts VALUES (1, 'published'), (2, 'archived'), (3, 'draft');\n", None,
  "SELECT COUNT(*) = 1 FROM posts WHERE id = 1 AND status = 'published'\nSELECT COUNT(*) = 1 FROM posts WHERE id = 2 AND status = 'archived'")
P('611-set-value-removed-and-reordered-with-data',
  T('perms', ["id int NOT NULL", "flags set('read','write','delete','admin') NOT NULL DEFAULT 'read'", "PRIMARY KEY (id)"]),
  T('perms', ["id int NOT NULL", "flags set('admin','read','write') NOT NULL DEFAULT 'read,write'", "PRIMARY KEY (id)"]),
  "INSERT INTO perms VALUES (1, 'read,write'), (2, 'admin'), (3, 'read');\n", None,
  "SELECT FIND_IN_SET('write', flags) > 0 AND FIND_IN_SET('read', flags) > 0 FROM perms WHERE id = 1\nSELECT flags = 'admin' FROM perms WHERE id = 2")
P('612-enum-not-null-without-default-added-to-populated-table', USERS,
  users("  kind enum('person','robot') NOT NULL,\n  tier enum('free','paid') CHARACTER SET ascii COLLATE ascii_bin NOT NULL DEFAULT 'free'"),
  USERS_DATA, None, "SELECT COUNT(*) = 2 FROM users WHERE kind = 'person' AND tier = 'free'")
P('613-table-default-charset-changed-column-left-on-old-charset',
  T('legacy', ["id int NOT NULL", "name varchar(20) DEFAULT NULL", "body text CHARACTER SET utf8mb4 COLLATE utf8mb4_general_ci DEFAULT NULL", "PRIMARY KEY (id)"], " DEFAULT CHARSET=latin1"),
  T('legacy', ["id int NOT NULL", "name varchar(20) CHARACTER SET latin1 COLLATE latin1_swedish_ci DEFAULT NULL", "body text DEFAULT NULL", "note varchar(10) DEFAULT NULL", "PRIMARY KEY (id)"], " DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci"),
  "INSERT INTO legacy VALUES (1, 'caf\u00e9', 'na\u00efve \u2713');\n", None,
  "SELECT name = 'caf\u00e9' AND body = 'na\u00efve \u2713' FROM legacy")
P('614-uca1400-collations-table-and-column',
  T('names', ["id int NOT NULL", "name varchar(50) DEFAULT NULL", "kind enum('a','b') DEFAULT NULL", "PRIMARY KEY (id)"]),
  T('names', ["id int NOT NULL", "name varchar(50) CHARACTER SET utf8mb4 COLLATE utf8mb4_uca1400_as_cs DEFAULT NULL", "kind enum('a','b') DEFAULT NULL", "sort_key varchar(50) DEFAULT NULL", "PRIMARY KEY (id)"], " DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_uca1400_ai_ci"),
  "INSERT INTO names VALUES (1, 'Zo\u00eb', 'b');\n", None, "SELECT name = 'Zo\u00eb' FROM names")
P('615-ascii-bin-and-charset-binary-columns',
  T('codes', ["id int NOT NULL", "code varchar(10) NOT NULL", "tag varchar(8) DEFAULT NULL", "PRIMARY KEY (id)", "UNIQUE KEY uk_codes_code (code)"]),
  T('codes', ["id int NOT NULL", "code varchar(10) CHARACTER SET ascii COLLATE ascii_bin NOT NULL", "tag varchar(8) CHARACTER SET binary DEFAULT NULL", "PRIMARY KEY (id)", "UNIQUE KEY uk_codes_code (code)"]),
  "INSERT INTO codes VALUES (1, 'ab', 'x'), (2, 'cd', 'y');\n", None, "SELECT COUNT(*) = 2 FROM codes")
P('616-national-and-synonym-type-spellings', USERS,
  USERS + T('syn', ["id int NOT NULL", "a NATIONAL VARCHAR(10) DEFAULT NULL", "b NCHAR(2) DEFAULT NULL", "c LONG VARCHAR", "d DOUBLE PRECISION DEFAULT NULL",
                    "e REAL DEFAULT NULL", "f NUMERIC(8,3) DEFAULT NULL", "g INT8 DEFAULT NULL", "h FLOAT(30) DEFAULT NULL", "i BOOL DEFAULT NULL",
                    "j DEC(5) DEFAULT NULL", "k FIXED(4,1) DEFAULT NULL", "l INT1 UNSIGNED DEFAULT NULL", "m MIDDLEINT DEFAULT NULL", "PRIMARY KEY (id)"]))
P('617-serial-column-primary-and-unique', USERS,
  USERS + T('tickets', ["id SERIAL PRIMARY KEY", "title varchar(40) NOT NULL"]))
P('618-datetime6-on-update-precision-lowered-time3-year-added',
  users("  changed datetime(6) NOT NULL DEFAULT current_timestamp(6) ON UPDATE current_timestamp(6)"),
  users("  changed datetime(3) NOT NULL DEFAULT current_timestamp(3) ON UPDATE current_timestamp(3),\n  opens time(3) DEFAULT '12:30:00.500',\n  since year NOT NULL DEFAULT 2024"),
  "INSERT INTO users (name, changed) VALUES ('ann', '2020-01-02 03:04:05.123456');\n", None,
  "SELECT changed = '2020-01-02 03:04:05.123' AND since = 2024 AND opens = '12:30:00.500' FROM users")
P('619-timestamp-null-to-not-null-with-literal-default',
  users("  seen timestamp NULL DEFAULT NULL"),
  users("  seen timestamp NOT NULL DEFAULT '2000-01-01 00:00:00'"),
  "INSERT INTO users (name, seen) VALUES ('ann', '2021-05-05 10:00:00'), ('bob', NULL);\n", None,
  "SELECT COUNT(*) = 1 FROM users WHERE seen = '2021-05-05 10:00:00'")
P('620-json-column-with-own-named-check-changed',
  T('docs', ["id int NOT NULL", "doc json DEFAULT NULL", "PRIMARY KEY (id)", "CONSTRAINT doc_has_id CHECK (json_value(doc, '$.id') IS NOT NULL)"]),
  T('docs', ["id int NOT NULL", "doc json NOT NULL DEFAULT '{}'", "PRIMARY KEY (id)", "CONSTRAINT doc_has_id CHECK (json_extract(doc, '$.id') IS NOT NULL OR json_length(doc) = 0)"]),
  "INSERT INTO docs VALUES (1, '{\"id\": 1, \"a\": [1, 2]}');\n", None, "SELECT json_value(doc, '$.id') = 1 FROM docs")
P('621-persistent-unique-and-virtual-index-over-renamed-base',
  T('people', ["id int NOT NULL", "first varchar(20) NOT NULL", "last varchar(20) NOT NULL", "full varchar(41) AS (concat(first, ' ', last)) PERSISTENT", "PRIMARY KEY (id)", "UNIQUE KEY uk_people_full (full)"]),
  T('people', ["id int NOT NULL", "given varchar(20) NOT NULL", "last varchar(20) NOT NULL", "full varchar(41) AS (concat(given, ' ', last)) PERSISTENT",
               "initial char(1) AS (left(given, 1)) VIRTUAL", "PRIMARY KEY (id)", "UNIQUE KEY uk_people_full (full)", "KEY idx_people_initial (initial)"]),
  "INSERT INTO people (id, first, last) VALUES (1, 'Ada', 'Lovelace'), (2, 'Alan', 'Turing');\n", "people.first=given\n",
  "SELECT full = 'Ada Lovelace' AND initial = 'A' FROM people WHERE id = 1")
P('622-fulltext-over-renamed-column-with-data',
  T('docs', ["id int NOT NULL", "title varchar(200) NOT NULL", "body text", "PRIMARY KEY (id)", "FULLTEXT KEY ft_docs (title, body)"]),
  T('docs', ["id int NOT NULL", "title varchar(200) NOT NULL", "content text", "PRIMARY KEY (id)", "FULLTEXT KEY ft_docs (title, content)"]),
  "INSERT INTO docs VALUES (1, 'Schema changes', 'How to migrate a live database');\n", "docs.body=content\n",
  "SELECT COUNT(*) = 1 FROM docs WHERE MATCH (title, content) AGAINST ('migrate')")
P('623-spatial-column-renamed-and-linestring-added',
  T('places', ["id int NOT NULL", "pos point NOT NULL", "PRIMARY KEY (id)", "SPATIAL KEY sp_places_pos (pos)"]),
  T('places', ["id int NOT NULL", "location point NOT NULL", "route linestring DEFAULT NULL", "PRIMARY KEY (id)", "SPATIAL KEY sp_places_pos (location)"]),
  "INSERT INTO places VALUES (1, POINT(1, 2));\n", "places.pos=location\n", "SELECT ST_X(location) = 1 FROM places")
P('624-descending-prefix-index-over-renamed-columns',
  T('ev', ["id int NOT NULL", "kind varchar(100) NOT NULL", "at datetime NOT NULL", "PRIMARY KEY (id)", "KEY idx_ev (kind(10), at DESC)"]),
  T('ev', ["id int NOT NULL", "category varchar(100) NOT NULL", "happened_at datetime NOT NULL", "PRIMARY KEY (id)", "KEY idx_ev (category(10), happened_at DESC)"]),
  "INSERT INTO ev VALUES (1, 'login', '2020-01-01 00:00:00');\n", "ev.kind=category\nev.at=happened_at\n", "SELECT category = 'login' FROM ev")
P('625-index-renamed-and-made-ignored-with-comment',
  T('acct', ["id int NOT NULL", "email varchar(100) DEFAULT NULL", "phone varchar(20) DEFAULT NULL", "PRIMARY KEY (id)", "KEY idx_email (email)", "UNIQUE KEY uk_phone (phone) COMMENT 'one per account'"]),
  T('acct', ["id int NOT NULL", "email varchar(100) DEFAULT NULL", "phone varchar(20) DEFAULT NULL", "PRIMARY KEY (id)", "KEY idx_acct_email (email) COMMENT 'login' IGNORED", "UNIQUE KEY uk_acct_phone (phone)"]),
  "INSERT INTO acct VALUES (1, 'a@x', '1');\n")
P('626-composite-fk-to-unique-key-set-null-on-update-cascade',
  T('regions', ["id int NOT NULL", "country char(2) NOT NULL", "code varchar(10) NOT NULL", "PRIMARY KEY (id)", "UNIQUE KEY uk_regions (country, code)"])
  + T('shops', ["id int NOT NULL", "country char(2) DEFAULT NULL", "code varchar(10) DEFAULT NULL", "PRIMARY KEY (id)"]),
  T('regions', ["id int NOT NULL", "country char(2) NOT NULL", "code varchar(10) NOT NULL", "PRIMARY KEY (id)", "UNIQUE KEY uk_regions (country, code)"])
  + T('shops', ["id int NOT NULL", "country char(2) DEFAULT NULL", "code varchar(10) DEFAULT NULL", "PRIMARY KEY (id)",
                "KEY fk_shops_region (country, code)", "CONSTRAINT fk_shops_region FOREIGN KEY (country, code) REFERENCES regions (country, code) ON DELETE SET NULL ON UPDATE CASCADE"]),
  "INSERT INTO regions VALUES (1, 'NO', 'OSL');\nINSERT INTO shops VALUES (1, 'NO', 'OSL'), (2, NULL, NULL);\n")
P('627-fk-dropped-its-auto-created-index-kept',
  PARENT + "CREATE TABLE child (\n  id int NOT NULL,\n  parent_id int DEFAULT NULL,\n  PRIMARY KEY (id),\n  CONSTRAINT fk_child_parent FOREIGN KEY (parent_id) REFERENCES parent (id)\n);\n",
  PARENT + "CREATE TABLE child (\n  id int NOT NULL,\n  parent_id int DEFAULT NULL,\n  PRIMARY KEY (id),\n  KEY fk_child_parent (parent_id)\n);\n",
  "INSERT INTO parent VALUES (1);\nINSERT INTO child VALUES (1, 1);\n")
P('628-self-fk-set-null-on-tree-with-data',
  T('cat', ["id int NOT NULL", "parent_id int DEFAULT NULL", "name varchar(20) NOT NULL", "PRIMARY KEY (id)"]),
  T('cat', ["id int NOT NULL", "parent_id int DEFAULT NULL", "name varchar(20) NOT NULL", "PRIMARY KEY (id)", "KEY idx_cat_parent (parent_id)",
            "CONSTRAINT fk_cat_parent FOREIGN KEY (parent_id) REFERENCES cat (id) ON DELETE SET NULL ON UPDATE CASCADE"]),
  "INSERT INTO cat VALUES (1, NULL, 'root'), (2, 1, 'a'), (3, 2, 'b');\n", None, "SELECT COUNT(*) = 2 FROM cat WHERE parent_id IS NOT NULL")
P('629-primary-key-prefix-lengthened-and-composite-prefix-key-created',
  T('kv', ["k varchar(300) NOT NULL", "v text", "PRIMARY KEY (k(100))"]),
  T('kv', ["k varchar(300) NOT NULL", "v text", "PRIMARY KEY (k(150))"])
  + T('files', ["tenant int NOT NULL", "path varchar(500) NOT NULL", "size bigint unsigned NOT NULL DEFAULT 0", "PRIMARY KEY (tenant, path(200) DESC)"]),
  "INSERT INTO kv VALUES ('a', 'x'), ('b', 'y');\n", None, "SELECT COUNT(*) = 2 FROM kv")
P('630-aria-transactional-and-page-checksum-changed',
  T('logs', ["id int NOT NULL", "msg varchar(100) DEFAULT NULL", "PRIMARY KEY (id)"], " ENGINE=Aria TRANSACTIONAL=1 PAGE_CHECKSUM=1"),
  T('logs', ["id int NOT NULL", "msg varchar(100) DEFAULT NULL", "PRIMARY KEY (id)"], " ENGINE=Aria TRANSACTIONAL=0 PAGE_CHECKSUM=0 ROW_FORMAT=DYNAMIC")
  + T('queue', ["id int NOT NULL", "PRIMARY KEY (id)"], " ENGINE=Aria TRANSACTIONAL=1") + T('cache', ["id int NOT NULL", "PRIMARY KEY (id)"], " ENGINE=Aria"),
  "INSERT INTO logs VALUES (1, 'x');\n")
P('631-innodb-stats-options-set-and-reset',
  T('opts', ["id int NOT NULL", "PRIMARY KEY (id)"], " STATS_PERSISTENT=1 STATS_AUTO_RECALC=0 STATS_SAMPLE_PAGES=50"),
  T('opts', ["id int NOT NULL", "PRIMARY KEY (id)"], " STATS_PERSISTENT=0"),
  "INSERT INTO opts VALUES (1);\n")
P('632-myisam-rows-and-delay-key-write-options',
  T('logs', ["id int NOT NULL", "msg varchar(100) DEFAULT NULL", "PRIMARY KEY (id)"], " ENGINE=MyISAM"),
  T('logs', ["id int NOT NULL", "msg varchar(100) DEFAULT NULL", "PRIMARY KEY (id)"], " ENGINE=MyISAM MAX_ROWS=1000000 MIN_ROWS=10 AVG_ROW_LENGTH=100 DELAY_KEY_WRITE=1 CHECKSUM=1"),
  "INSERT INTO logs VALUES (1, 'x');\n")
P('633-page-compression-level-changed-then-removed',
  T('blobs', ["id int NOT NULL", "body text", "PRIMARY KEY (id)"], " PAGE_COMPRESSED=1 PAGE_COMPRESSION_LEVEL=3"),
  T('blobs', ["id int NOT NULL", "body text", "PRIMARY KEY (id)"], " PAGE_COMPRESSED=1 PAGE_COMPRESSION_LEVEL=9 COMMENT='archive'"),
  "INSERT INTO blobs VALUES (1, 'x');\n")
P('634-engine-charset-and-comment-changed-together',
  T('notes', ["id int NOT NULL", "title varchar(40) DEFAULT NULL", "body text", "PRIMARY KEY (id)"], " ENGINE=MyISAM DEFAULT CHARSET=latin1 COMMENT='old'"),
  T('notes', ["id int NOT NULL", "title varchar(40) DEFAULT NULL", "body text", "PRIMARY KEY (id)"], " ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci COMMENT='new'"),
  "INSERT INTO notes VALUES (1, 'caf\u00e9', 'b');\n", None, "SELECT title = 'caf\u00e9' FROM notes")
P('635-column-check-becomes-table-check-named-like-the-column',
  T('stock', ["id int NOT NULL", "qty int NOT NULL DEFAULT 0 CHECK (qty >= 0)", "cap int NOT NULL DEFAULT 10", "PRIMARY KEY (id)"]),
  T('stock', ["id int NOT NULL", "qty int NOT NULL DEFAULT 0", "cap int NOT NULL DEFAULT 10", "PRIMARY KEY (id)", "CONSTRAINT qty CHECK (qty <= cap)"]),
  "INSERT INTO stock VALUES (1, 5, 10);\n")
P('636-first-of-two-unnamed-table-checks-removed',
  T('r', ["id int NOT NULL", "a int DEFAULT NULL", "b int DEFAULT NULL", "PRIMARY KEY (id)", "CHECK (a > 0)", "CHECK (b > 0)"]),
  T('r', ["id int NOT NULL", "a int DEFAULT NULL", "b int DEFAULT NULL", "PRIMARY KEY (id)", "CHECK (b > 0)"]),
  "INSERT INTO r VALUES (1, 1, 1);\n")
P('637-invisible-indexed-column-renamed-and-made-not-null',
  T('sess', ["id int NOT NULL", "token varchar(32) DEFAULT 'x' INVISIBLE", "PRIMARY KEY (id)", "KEY idx_sess_token (token)"]),
  T('sess', ["id int NOT NULL", "secret_token varchar(32) NOT NULL DEFAULT 'x' INVISIBLE", "PRIMARY KEY (id)", "KEY idx_sess_token (secret_token)"]),
  "INSERT INTO sess (id, token) VALUES (1, 'abc');\n", "sess.token=secret_token\n", "SELECT secret_token = 'abc' FROM sess")
P('638-system-versioned-column-excluded-from-versioning',
  T('prices', ["id int NOT NULL", "amount decimal(10,2) NOT NULL", "note varchar(20) DEFAULT NULL", "PRIMARY KEY (id)"], " WITH SYSTEM VERSIONING"),
  T('prices', ["id int NOT NULL", "amount decimal(10,2) NOT NULL", "note varchar(20) DEFAULT NULL WITHOUT SYSTEM VERSIONING",
                "memo varchar(200) COMPRESSED DEFAULT NULL WITHOUT SYSTEM VERSIONING", "PRIMARY KEY (id)"], " WITH SYSTEM VERSIONING")
  + T('nv', ["id int NOT NULL", "b int DEFAULT NULL WITH SYSTEM VERSIONING", "PRIMARY KEY (id)"]),
  "INSERT INTO prices VALUES (1, 9.99, 'x');\n")
P('639-system-versioning-removed-with-data',
  T('prices', ["id int NOT NULL", "amount decimal(10,2) NOT NULL", "PRIMARY KEY (id)"], " WITH SYSTEM VERSIONING"),
  T('prices', ["id int NOT NULL", "amount decimal(10,2) NOT NULL", "PRIMARY KEY (id)"]),
  "INSERT INTO prices VALUES (1, 9.99);\n", None, "SELECT amount = 9.99 FROM prices WHERE id = 1")
P('640-spaced-table-renamed-with-fk-check-and-index',
  T('`Order`', ["`Id` int NOT NULL", "PRIMARY KEY (`Id`)"]) + T('`order items`', ["`id` int NOT NULL", "`order id` int NOT NULL", "`unit price` decimal(8,2) NOT NULL", "`select` varchar(10) DEFAULT NULL",
     "PRIMARY KEY (`id`)", "KEY `by select` (`select`)", "CONSTRAINT `order items fk` FOREIGN KEY (`order id`) REFERENCES `Order` (`Id`)", "CONSTRAINT `price >= 0` CHECK (`unit price` >= 0)"]),
  T('`Order`', ["`Id` int NOT NULL", "PRIMARY KEY (`Id`)"]) + T('`order lines`', ["`id` int NOT NULL", "`order id` int NOT NULL", "`unit price` decimal(8,2) NOT NULL", "`select` varchar(10) DEFAULT NULL",
     "PRIMARY KEY (`id`)", "KEY `by select` (`select`)", "CONSTRAINT `order items fk` FOREIGN KEY (`order id`) REFERENCES `Order` (`Id`)", "CONSTRAINT `price >= 0` CHECK (`unit price` >= 0)"]),
  "INSERT INTO `Order` VALUES (1);\nINSERT INTO `order items` VALUES (1, 1, 2.50, 'x');\n", "table order items=order lines\n", "SELECT COUNT(*) = 1 FROM `order lines`")
P('641-referenced-table-and-child-column-renamed-together',
  T('author', ["id int NOT NULL", "name varchar(20) NOT NULL", "PRIMARY KEY (id)"]) + T('book', ["id int NOT NULL", "author_id int NOT NULL", "title varchar(50) NOT NULL", "PRIMARY KEY (id)",
     "KEY idx_book_author (author_id)", "CONSTRAINT fk_book_author FOREIGN KEY (author_id) REFERENCES author (id) ON DELETE CASCADE"]),
  T('writer', ["id int NOT NULL", "name varchar(20) NOT NULL", "PRIMARY KEY (id)"]) + T('book', ["id int NOT NULL", "writer_id int NOT NULL", "title varchar(50) NOT NULL", "PRIMARY KEY (id)",
     "KEY idx_book_author (writer_id)", "CONSTRAINT fk_book_author FOREIGN KEY (writer_id) REFERENCES writer (id) ON DELETE CASCADE"]),
  "INSERT INTO author VALUES (1, 'ann');\nINSERT INTO book VALUES (1, 1, 'x');\n", "table author=writer\nbook.author_id=writer_id\n", "SELECT COUNT(*) = 1 FROM book JOIN writer ON writer.id = book.writer_id")
P('642-composite-pk-column-moved-first-with-data',
  T('m', ["id int NOT NULL", "note varchar(10) DEFAULT NULL", "tenant int NOT NULL", "PRIMARY KEY (tenant, id)"]),
  T('m', ["tenant int NOT NULL", "id int NOT NULL", "note varchar(10) DEFAULT NULL", "PRIMARY KEY (tenant, id)"]),
  "INSERT INTO m VALUES (1, 'a', 7), (2, 'b', 7);\n", None, "SELECT COUNT(*) = 2 FROM m WHERE tenant = 7")
P('643-sequence-dropped-with-its-default',
  "CREATE SEQUENCE order_seq START WITH 100 INCREMENT BY 1;\n" + T('orders', ["id int NOT NULL", "num bigint NOT NULL DEFAULT nextval(`order_seq`)", "PRIMARY KEY (id)"]),
  T('orders', ["id int NOT NULL", "num bigint NOT NULL", "PRIMARY KEY (id)"]),
  "INSERT INTO orders (id) VALUES (1), (2);\n", None, "SELECT COUNT(*) = 2 FROM orders WHERE num >= 100")
P('644-default-moves-to-a-new-sequence-old-one-dropped',
  "CREATE SEQUENCE old_seq START WITH 100;\n" + T('orders', ["id int NOT NULL", "num bigint NOT NULL DEFAULT (NEXT VALUE FOR old_seq)", "PRIMARY KEY (id)"]),
  "CREATE SEQUENCE new_seq START WITH 5000 INCREMENT BY 10;\n" + T('orders', ["id int NOT NULL", "num bigint NOT NULL DEFAULT (NEXT VALUE FOR new_seq)", "PRIMARY KEY (id)"]),
  "INSERT INTO orders (id) VALUES (1);\n", None, "SELECT num = 100 FROM orders WHERE id = 1")
P('645-varchar-to-inet4-and-char36-to-uuid-with-data',
  T('nodes', ["id int NOT NULL", "ip varchar(15) DEFAULT NULL", "u char(36) NOT NULL", "PRIMARY KEY (id)"]),
  T('nodes', ["id int NOT NULL", "ip inet4 DEFAULT NULL", "u uuid NOT NULL", "PRIMARY KEY (id)", "UNIQUE KEY uk_nodes_u (u)"]),
  "INSERT INTO nodes VALUES (1, '10.0.0.1', '123e4567-e89b-12d3-a456-426614174000');\n", None,
  "SELECT ip = '10.0.0.1' AND u = '123e4567-e89b-12d3-a456-426614174000' FROM nodes")
P('646-bit-width-widened-with-default-and-not-null',
  T('f', ["id int NOT NULL", "flags bit(4) DEFAULT b'101'", "PRIMARY KEY (id)"]),
  T('f', ["id int NOT NULL", "flags bit(8) NOT NULL DEFAULT b'10100000'", "PRIMARY KEY (id)"]),
  "INSERT INTO f VALUES (1, b'1111');\n", None, "SELECT flags = 15 FROM f")
P('647-decimal-scale-raised-unsigned-zerofill-not-null',
  T('p', ["id int NOT NULL", "price decimal(8,2) unsigned DEFAULT 0.00", "PRIMARY KEY (id)"]),
  T('p', ["id int NOT NULL", "price decimal(12,4) unsigned zerofill NOT NULL DEFAULT 0.0000", "PRIMARY KEY (id)"]),
  "INSERT INTO p VALUES (1, 12.34);\n", None, "SELECT price = 12.34 FROM p")
P('648-float-m-d-to-double-and-double-m-d-unsigned',
  T('num', ["id int NOT NULL", "f float(7,4) DEFAULT 1.2345", "g double DEFAULT NULL", "PRIMARY KEY (id)"]),
  T('num', ["id int NOT NULL", "f double DEFAULT 1.2345", "g double(10,3) unsigned DEFAULT NULL", "PRIMARY KEY (id)"]),
  "INSERT INTO num VALUES (1, 1.5, 2.25);\n", None, "SELECT f = 1.5 AND g = 2.25 FROM num")
P('649-unique-slug-widened-to-bin-collation-with-prefix',
  T('terms', ["id int NOT NULL", "slug varchar(191) COLLATE utf8mb4_unicode_ci NOT NULL", "PRIMARY KEY (id)", "UNIQUE KEY uk_terms_slug (slug)"]),
  T('terms', ["id int NOT NULL", "slug varchar(255) COLLATE utf8mb4_bin NOT NULL", "PRIMARY KEY (id)", "UNIQUE KEY uk_terms_slug (slug(191))"]),
  "INSERT INTO terms VALUES (1, 'a'), (2, 'b');\n", None, "SELECT COUNT(*) = 2 FROM terms")
P('650-second-timestamp-gets-on-update-and-not-null',
  T('ev', ["id int NOT NULL", "created timestamp NOT NULL DEFAULT current_timestamp()", "updated timestamp NULL DEFAULT NULL", "PRIMARY KEY (id)"]),
  T('ev', ["id int NOT NULL", "created timestamp NOT NULL DEFAULT current_timestamp()", "updated timestamp NOT NULL DEFAULT current_timestamp() ON UPDATE current_timestamp()", "PRIMARY KEY (id)"]),
  "INSERT INTO ev VALUES (1, '2020-01-01 00:00:00', '2020-02-02 00:00:00');\n", None, "SELECT updated = '2020-02-02 00:00:00' FROM ev")
P('651-primary-key-dropped-table-left-keyless-with-index',
  T('t', ["id int NOT NULL", "name varchar(10) DEFAULT NULL", "PRIMARY KEY (id)"]),
  T('t', ["id int NOT NULL", "name varchar(10) DEFAULT NULL", "KEY idx_t_id (id)"]),
  "INSERT INTO t VALUES (1, 'a'), (2, 'b');\n")
P('652-two-fks-on-one-column-to-different-tables',
  T('a', ["id int NOT NULL", "PRIMARY KEY (id)"]) + T('b', ["id int NOT NULL", "PRIMARY KEY (id)"]) + T('c', ["id int NOT NULL", "ref_id int DEFAULT NULL", "PRIMARY KEY (id)"]),
  T('a', ["id int NOT NULL", "PRIMARY KEY (id)"]) + T('b', ["id int NOT NULL", "PRIMARY KEY (id)"]) + T('c', ["id int NOT NULL", "ref_id int DEFAULT NULL", "PRIMARY KEY (id)", "KEY idx_c_ref (ref_id)",
     "CONSTRAINT fk_c_a FOREIGN KEY (ref_id) REFERENCES a (id)", "CONSTRAINT fk_c_b FOREIGN KEY (ref_id) REFERENCES b (id) ON DELETE CASCADE"]),
  "INSERT INTO a VALUES (1);\nINSERT INTO b VALUES (1);\nINSERT INTO c VALUES (1, 1);\n")
P('653-fk-varchar-columns-widened-on-both-sides',
  T('parent', ["code varchar(50) NOT NULL", "PRIMARY KEY (code)"]) + T('child', ["id int NOT NULL", "code varchar(50) DEFAULT NULL", "PRIMARY KEY (id)", "KEY fk_child_code (code)",
     "CONSTRAINT fk_child_code FOREIGN KEY (code) REFERENCES parent (code) ON UPDATE CASCADE"]),
  T('parent', ["code varchar(100) NOT NULL", "PRIMARY KEY (code)"]) + T('child', ["id int NOT NULL", "code varchar(100) DEFAULT NULL", "PRIMARY KEY (id)", "KEY fk_child_code (code)",
     "CONSTRAINT fk_child_code FOREIGN KEY (code) REFERENCES parent (code) ON UPDATE CASCADE"]),
  "INSERT INTO parent VALUES ('x');\nINSERT INTO child VALUES (1, 'x');\n", None, "SELECT code = 'x' FROM child")
P('654-generated-json-value-column-with-unique-key-added',
  T('products', ["id int NOT NULL", "attrs json NOT NULL", "PRIMARY KEY (id)"]),
  T('products', ["id int NOT NULL", "attrs json NOT NULL", "sku varchar(20) AS (json_value(attrs, '$.sku')) VIRTUAL COMMENT 'from attrs'", "PRIMARY KEY (id)", "UNIQUE KEY uk_products_sku (sku)"]),
  "INSERT INTO products VALUES (1, '{\"sku\": \"A-1\"}'), (2, '{\"sku\": \"B-2\"}');\n", None, "SELECT sku = 'A-1' FROM products WHERE id = 1")
P('655-system-versioned-table-partitioned-by-system-time', USERS,
  USERS + T('hist', ["id int NOT NULL", "v int DEFAULT NULL", "PRIMARY KEY (id)"], " WITH SYSTEM VERSIONING PARTITION BY SYSTEM_TIME LIMIT 1000 (PARTITION p_hist HISTORY, PARTITION p_cur CURRENT)"))
P('656-column-moved-after-another-and-retyped',
  T('u', ["id int NOT NULL", "email varchar(50) NOT NULL", "name varchar(20) DEFAULT NULL", "age smallint DEFAULT NULL", "PRIMARY KEY (id)"]),
  T('u', ["id int NOT NULL", "name varchar(40) DEFAULT NULL", "age int unsigned DEFAULT NULL", "email varchar(50) NOT NULL", "PRIMARY KEY (id)"]),
  "INSERT INTO u VALUES (1, 'a@x', 'ann', 30);\n", None, "SELECT email = 'a@x' AND name = 'ann' AND age = 30 FROM u")
P('657-enum-values-removed-reorder-with-index-and-null',
  T('tix', ["id int NOT NULL", "prio enum('low','mid','high','urgent') DEFAULT NULL", "PRIMARY KEY (id)", "KEY idx_tix_prio (prio)"]),
  T('tix', ["id int NOT NULL", "prio enum('urgent','high','low') DEFAULT 'low'", "PRIMARY KEY (id)", "KEY idx_tix_prio (prio)"]),
  "INSERT INTO tix VALUES (1, 'high'), (2, NULL), (3, 'urgent');\n", None, "SELECT prio = 'high' FROM tix WHERE id = 1\nSELECT prio IS NULL FROM tix WHERE id = 2")
P('658-default-literal-dates-and-times',
  T('cal', ["id int NOT NULL", "PRIMARY KEY (id)"]),
  T('cal', ["id int NOT NULL", "d date NOT NULL DEFAULT '1970-01-01'", "t time NOT NULL DEFAULT '08:00:00'", "dt datetime(2) DEFAULT '2000-01-01 00:00:00.50'", "y year DEFAULT NULL", "PRIMARY KEY (id)"]),
  "INSERT INTO cal VALUES (1);\n", None, "SELECT d = '1970-01-01' AND t = '08:00:00' FROM cal")
P('659-mixed-case-column-renamed-with-case-and-index',
  T('Accounts', ["`ID` int NOT NULL", "`UserName` varchar(20) NOT NULL", "PRIMARY KEY (`ID`)", "UNIQUE KEY `UK_UserName` (`UserName`)"]),
  T('Accounts', ["`ID` int NOT NULL", "`userName` varchar(30) NOT NULL", "`Email` varchar(50) DEFAULT NULL", "PRIMARY KEY (`ID`)", "UNIQUE KEY `UK_UserName` (`userName`)", "KEY `IX_Email` (`Email`)"]),
  "INSERT INTO Accounts VALUES (1, 'Ann');\n", "Accounts.UserName=userName\n", "SELECT userName = 'Ann' FROM Accounts")
# ---------------------------------------------------------------- real schemas of others (RealSchemasTest: ejabberd)
TOKENS = "CREATE TABLE invite_token (\n  token text NOT NULL,\n  username text NOT NULL,\n  PRIMARY KEY (%s),\n  KEY i_invite_token_username (username(191))\n);\n"
P('660-real-primary-key-prefix-create-table', USERS, USERS + TOKENS % "token(191)")
P('661-real-primary-key-prefix-length-change', TOKENS % "token(191)", TOKENS % "token(100)", "INSERT INTO invite_token VALUES ('abc', 'ann');\n", None,
  "SELECT COUNT(*) = 1 FROM invite_token WHERE token = 'abc'")
# (Cacti: an AUTO_INCREMENT column keyed by a plain index that comes after another index)
PROCS = "CREATE TABLE processes (\n  id bigint unsigned NOT NULL AUTO_INCREMENT,\n  pid int unsigned NOT NULL DEFAULT 0,\n  tasktype varchar(20) NOT NULL DEFAULT '',\n  PRIMARY KEY (pid, tasktype),\n  KEY tasktype (tasktype),\n%s  KEY id (id)\n) ENGINE=%s;\n"
P('662-real-auto-increment-key-after-another-index', USERS, USERS + PROCS % ("", "MEMORY"))
P('663-real-auto-increment-key-after-spatial-and-plain', USERS, USERS + PROCS.replace("tasktype varchar(20) NOT NULL DEFAULT '',", "tasktype varchar(20) NOT NULL DEFAULT '',\n  pos point NOT NULL,") % ("  SPATIAL KEY sp_pos (pos),\n", "InnoDB"))
# ---------------------------------------------------------------- key order of created tables (issue 11; Camunda's engine schema)
# SHOW CREATE TABLE lists keys in creation order within the server's groups (PRIMARY, unique keys, plain keys, FULLTEXT);
# a foreign key's own index (made by ALTER TABLE ... ADD CONSTRAINT when no index serves it) sits where it was made.
PROCDEF = "CREATE TABLE ACT_RE_PROCDEF (\n  ID_ varchar(64) NOT NULL,\n  KEY_ varchar(255) NOT NULL,\n  PRIMARY KEY (ID_)\n) DEFAULT CHARSET=utf8mb3 COLLATE=utf8mb3_bin;\n"
EXECUTION = ("CREATE TABLE ACT_RU_EXECUTION (\n  ID_ varchar(64),\n  ROOT_PROC_INST_ID_ varchar(64),\n  PROC_INST_ID_ varchar(64),\n"
             "  BUSINESS_KEY_ varchar(255),\n  PARENT_ID_ varchar(64),\n  PROC_DEF_ID_ varchar(64),\n  SUPER_EXEC_ varchar(64),\n"
             "  TENANT_ID_ varchar(64),\n  primary key (ID_)\n) ENGINE=InnoDB DEFAULT CHARSET=utf8 COLLATE utf8_bin;\n"
             "create index ACT_IDX_EXEC_ROOT_PI on ACT_RU_EXECUTION(ROOT_PROC_INST_ID_);\n"
             "create index ACT_IDX_EXEC_BUSKEY on ACT_RU_EXECUTION(BUSINESS_KEY_);\n"
             "create index ACT_IDX_EXEC_TENANT_ID on ACT_RU_EXECUTION(TENANT_ID_);\n"
             "alter table ACT_RU_EXECUTION add constraint ACT_FK_EXE_PROCINST foreign key (PROC_INST_ID_) references ACT_RU_EXECUTION (ID_) on delete cascade on update cascade;\n"
             "alter table ACT_RU_EXECUTION add constraint ACT_FK_EXE_PARENT foreign key (PARENT_ID_) references ACT_RU_EXECUTION (ID_);\n"
             "alter table ACT_RU_EXECUTION add constraint ACT_FK_EXE_SUPER foreign key (SUPER_EXEC_) references ACT_RU_EXECUTION (ID_);\n"
             "alter table ACT_RU_EXECUTION add constraint ACT_FK_EXE_PROCDEF foreign key (PROC_DEF_ID_) references ACT_RE_PROCDEF (ID_);\n")
TASK = ("CREATE TABLE ACT_RU_TASK (\n  ID_ varchar(64),\n  EXECUTION_ID_ varchar(64),\n  PROC_INST_ID_ varchar(64),\n  PROC_DEF_ID_ varchar(64),\n"
        "  ASSIGNEE_ varchar(255),\n  CREATE_TIME_ datetime,\n  TENANT_ID_ varchar(64),\n  primary key (ID_)\n) ENGINE=InnoDB DEFAULT CHARSET=utf8 COLLATE utf8_bin;\n"
        "create index ACT_IDX_TASK_CREATE on ACT_RU_TASK(CREATE_TIME_);\n"
        "create index ACT_IDX_TASK_ASSIGNEE on ACT_RU_TASK(ASSIGNEE_);\n"
        "create index ACT_IDX_TASK_TENANT_ID on ACT_RU_TASK(TENANT_ID_);\n"
        "alter table ACT_RU_TASK add constraint ACT_FK_TASK_EXE foreign key (EXECUTION_ID_) references ACT_RU_EXECUTION (ID_);\n"
        "alter table ACT_RU_TASK add constraint ACT_FK_TASK_PROCINST foreign key (PROC_INST_ID_) references ACT_RU_EXECUTION (ID_);\n"
        "alter table ACT_RU_TASK add constraint ACT_FK_TASK_PROCDEF foreign key (PROC_DEF_ID_) references ACT_RE_PROCDEF (ID_);\n")
P('600-keys-camunda-execution-fk-indexes-after-plain-ones', USERS + PROCDEF, USERS + PROCDEF + EXECUTION)
P('601-keys-camunda-task-fk-indexes-not-in-name-order', USERS + PROCDEF + EXECUTION, USERS + PROCDEF + EXECUTION + TASK)
P('602-keys-fk-index-before-later-plain-indexes', USERS,
  USERS + "CREATE TABLE docs (\n  id int NOT NULL,\n  owner_id int DEFAULT NULL,\n  title varchar(100) DEFAULT NULL,\n  removed_at datetime DEFAULT NULL,\n  PRIMARY KEY (id)\n);\n"
  "ALTER TABLE docs ADD CONSTRAINT fk_docs_owner FOREIGN KEY (owner_id) REFERENCES users (id);\n"
  "CREATE INDEX idx_docs_title ON docs (title);\nCREATE INDEX idx_docs_removed ON docs (removed_at);\n")
P('603-keys-unique-with-comment-between-unique-keys', USERS,
  USERS + "CREATE TABLE codes (\n  id int NOT NULL,\n  a int DEFAULT NULL,\n  b int DEFAULT NULL,\n  c int DEFAULT NULL,\n  PRIMARY KEY (id),\n"
  "  UNIQUE KEY uq_codes_c (c),\n  UNIQUE KEY uq_codes_b (b) COMMENT 'kept unique',\n  UNIQUE KEY uq_codes_a (a)\n);\n")
P('604-keys-ignored-unique-between-unique-keys', USERS,
  USERS + "CREATE TABLE codes (\n  id int NOT NULL,\n  a int DEFAULT NULL,\n  b int DEFAULT NULL,\n  c int DEFAULT NULL,\n  PRIMARY KEY (id),\n"
  "  UNIQUE KEY uq_codes_z (a),\n  UNIQUE KEY uq_codes_y (b) IGNORED,\n  UNIQUE KEY uq_codes_x (c)\n);\n")
P('605-keys-auto-increment-key-after-other-keys', USERS,
  USERS + "CREATE TABLE ticks (\n  tenant int NOT NULL,\n  n int NOT NULL AUTO_INCREMENT,\n  label varchar(20) DEFAULT NULL,\n  PRIMARY KEY (tenant, n),\n"
  "  KEY idx_ticks_label (label),\n  KEY idx_ticks_n (n)\n);\n")
P('606-keys-drop-table-rollback-recreates-key-order', USERS + PROCDEF + EXECUTION + TASK, USERS + PROCDEF + EXECUTION)
P('607-keys-fulltext-and-fk-index-in-created-table', USERS,
  USERS + "CREATE TABLE posts (\n  id int NOT NULL,\n  author_id int DEFAULT NULL,\n  title varchar(200) NOT NULL,\n  body text,\n  PRIMARY KEY (id),\n"
  "  FULLTEXT KEY ft_posts_body (body),\n  FULLTEXT KEY ft_posts_title (title)\n);\n"
  "ALTER TABLE posts ADD CONSTRAINT fk_posts_author FOREIGN KEY (author_id) REFERENCES users (id);\n"
  "CREATE INDEX idx_posts_title ON posts (title);\n")

# ---------------------------------------------------------------- mhunt4 (690-759)
P('690-aria-tables-moved-to-innodb-with-data',
  T('logs', ["id int NOT NULL", "msg varchar(100) DEFAULT NULL", "PRIMARY KEY (id)"], " ENGINE=Aria")
  + T('queue', ["id int NOT NULL", "PRIMARY KEY (id)"], " ENGINE=Aria TRANSACTIONAL=1 ROW_FORMAT=PAGE")
  + T('cache', ["id int NOT NULL", "PRIMARY KEY (id)"], " ENGINE=Aria TRANSACTIONAL=0 PAGE_CHECKSUM=0")
  + T('hits', ["id int NOT NULL", "PRIMARY KEY (id)"], " ENGINE=Aria TRANSACTIONAL=1")
  + T('tmp', ["id int NOT NULL", "PRIMARY KEY (id)"], " ENGINE=Aria"),
  T('logs', ["id int NOT NULL", "msg varchar(100) DEFAULT NULL", "PRIMARY KEY (id)"])
  + T('queue', ["id int NOT NULL", "PRIMARY KEY (id)"])
  + T('cache', ["id int NOT NULL", "PRIMARY KEY (id)"])
  + T('hits', ["id int NOT NULL", "PRIMARY KEY (id)"], " ENGINE=MyISAM")
  + T('tmp', ["id int NOT NULL", "PRIMARY KEY (id)"], " ENGINE=MEMORY"),
  "INSERT INTO logs VALUES (1, 'x');\nINSERT INTO queue VALUES (1), (2);\nINSERT INTO cache VALUES (3);\nINSERT INTO hits VALUES (4);\n", None,
  "SELECT COUNT(*) = 2 FROM queue\nSELECT msg = 'x' FROM logs")
P('691-innodb-page-checksum-left-by-an-old-aria-table-removed',
  T('logs', ["id int NOT NULL", "PRIMARY KEY (id)"], " PAGE_CHECKSUM=1"),
  T('logs', ["id int NOT NULL", "PRIMARY KEY (id)"]), "INSERT INTO logs VALUES (1);\n")

P('692-fk-unsigned-columns-widened-together-with-big-values',
  T('parent', ["id int unsigned NOT NULL AUTO_INCREMENT", "PRIMARY KEY (id)"])
  + T('child', ["id int unsigned NOT NULL AUTO_INCREMENT", "parent_id int unsigned NOT NULL", "PRIMARY KEY (id)", "KEY fk_child_parent (parent_id)",
      "CONSTRAINT fk_child_parent FOREIGN KEY (parent_id) REFERENCES parent (id) ON DELETE CASCADE"]),
  T('parent', ["id bigint unsigned NOT NULL AUTO_INCREMENT", "PRIMARY KEY (id)"])
  + T('child', ["id int unsigned NOT NULL AUTO_INCREMENT", "parent_id bigint unsigned NOT NULL", "PRIMARY KEY (id)", "KEY fk_child_parent (parent_id)",
      "CONSTRAINT fk_child_parent FOREIGN KEY (parent_id) REFERENCES parent (id) ON DELETE CASCADE"]),
  "INSERT INTO parent VALUES (3000000000);\nINSERT INTO child VALUES (1, 3000000000);\n", None,
  "SELECT parent_id = 3000000000 FROM child WHERE id = 1")
P('693-range-partitioned-table-gets-hash-subpartitions-with-data',
  T('ev', ["id int NOT NULL", "at date NOT NULL", "PRIMARY KEY (id, at)"],
    " PARTITION BY RANGE (year(at)) (PARTITION p2019 VALUES LESS THAN (2020), PARTITION pmax VALUES LESS THAN MAXVALUE)"),
  T('ev', ["id int NOT NULL", "at date NOT NULL", "PRIMARY KEY (id, at)"],
    " PARTITION BY RANGE (year(at)) SUBPARTITION BY HASH (id) SUBPARTITIONS 2 (PARTITION p2019 VALUES LESS THAN (2020), PARTITION pmax VALUES LESS THAN MAXVALUE)"),
  "INSERT INTO ev VALUES (1, '2019-05-01'), (2, '2021-01-01');\n", None, "SELECT COUNT(*) = 2 FROM ev")
MERGE = ("CREATE TABLE log1 (\n  id int NOT NULL,\n  msg varchar(20) DEFAULT NULL,\n  KEY id (id)\n) ENGINE=MyISAM;\n"
         "CREATE TABLE log2 (\n  id int NOT NULL,\n  msg varchar(20) DEFAULT NULL,\n  KEY id (id)\n) ENGINE=MyISAM;\n")
P('694-merge-table-union-and-insert-method-changed',
  MERGE + T('logs', ["id int NOT NULL", "msg varchar(20) DEFAULT NULL", "KEY id (id)"], " ENGINE=MRG_MyISAM UNION=(log1)"),
  MERGE + T('logs', ["id int NOT NULL", "msg varchar(20) DEFAULT NULL", "KEY id (id)"], " ENGINE=MRG_MyISAM UNION=(log1,log2) INSERT_METHOD=LAST"),
  "INSERT INTO log1 VALUES (1, 'a');\nINSERT INTO log2 VALUES (2, 'b');\n", None, "SELECT COUNT(*) = 2 FROM logs")

# ---------------------------------------------------------------- mariagaps (705-739)
MERGE_SPACED = MERGE + T('`old log`', ["id int NOT NULL", "msg varchar(20) DEFAULT NULL", "KEY id (id)"], " ENGINE=MyISAM")
P('705-merge-table-created-over-two-myisam-tables',
  MERGE,
  MERGE + T('logs', ["id int NOT NULL", "msg varchar(20) DEFAULT NULL", "KEY id (id)"], " ENGINE=MRG_MyISAM UNION=(log1,log2) INSERT_METHOD=FIRST"),
  "INSERT INTO log1 VALUES (1, 'a');\nINSERT INTO log2 VALUES (2, 'b');\n", None, "SELECT COUNT(*) = 2 FROM logs")
P('706-merge-table-union-emptied-and-spaced-name-kept',
  MERGE_SPACED + T('logs', ["id int NOT NULL", "msg varchar(20) DEFAULT NULL", "KEY id (id)"], " ENGINE=MRG_MyISAM UNION=(`old log`,log1) INSERT_METHOD=LAST COMMENT='all logs'"),
  MERGE_SPACED + T('logs', ["id int NOT NULL", "msg varchar(20) DEFAULT NULL", "KEY id (id)"], " ENGINE=MRG_MyISAM COMMENT='all logs'"),
  "INSERT INTO log1 VALUES (1, 'a');\nINSERT INTO `old log` VALUES (2, 'b');\n", None, "SELECT COUNT(*) = 1 FROM `old log`")

P('707-inline-keys-with-prefix-lengths-changed',
  T('articles', ["id int NOT NULL AUTO_INCREMENT", "title varchar(255) NOT NULL", "slug varchar(191) NOT NULL", "body text",
                 "PRIMARY KEY (id)", "UNIQUE KEY slug (slug(100))", "KEY title (title(50))"]),
  T('articles', ["id int NOT NULL AUTO_INCREMENT", "title varchar(255) NOT NULL", "slug varchar(191) NOT NULL", "body text",
                 "PRIMARY KEY (id)", "UNIQUE KEY slug (slug)", "KEY title (title(100))", "KEY body_title (body(20), title(10))"]),
  "INSERT INTO articles (title, slug, body) VALUES ('a', 'a', 'x'), ('b', 'b', 'y');\n", None, "SELECT COUNT(*) = 2 FROM articles")
P('708-enum-value-appended-and-set-value-appended',
  T('items', ["id int NOT NULL", "status enum('new','old') NOT NULL DEFAULT 'new'", "tags set('a','b') DEFAULT NULL", "PRIMARY KEY (id)"]),
  T('items', ["id int NOT NULL", "status enum('new','old','gone') NOT NULL DEFAULT 'new'", "tags set('a','b','c') DEFAULT 'a,b'", "PRIMARY KEY (id)"]),
  "INSERT INTO items VALUES (1, 'old', 'a,b'), (2, 'new', NULL);\n", None,
  "SELECT COUNT(*) = 1 FROM items WHERE id = 1 AND status = 'old' AND tags = 'a,b'")
P('709-set-values-reordered-and-one-removed',
  T('items', ["id int NOT NULL", "flags set('x','y','z') NOT NULL DEFAULT ''", "PRIMARY KEY (id)"]),
  T('items', ["id int NOT NULL", "flags set('z','x') NOT NULL DEFAULT ''", "PRIMARY KEY (id)"]),
  "INSERT INTO items VALUES (1, 'x,z'), (2, '');\n", None, "SELECT COUNT(*) = 1 FROM items WHERE FIND_IN_SET('x', flags) AND FIND_IN_SET('z', flags)")
P('710-year-bit-and-unsigned-decimal-columns-added',
  T('cars', ["id int NOT NULL", "PRIMARY KEY (id)"]),
  T('cars', ["id int NOT NULL", "made year(4) DEFAULT NULL", "flags bit(5) NOT NULL DEFAULT b'00101'", "price decimal(10,2) unsigned NOT NULL DEFAULT '0.00'", "PRIMARY KEY (id)"]),
  "INSERT INTO cars VALUES (1), (2);\n", None, "SELECT COUNT(*) = 2 FROM cars WHERE flags = 5")
P('711-bit-widened-year-made-not-null',
  T('cars', ["id int NOT NULL", "made year DEFAULT NULL", "flags bit(3) DEFAULT NULL", "PRIMARY KEY (id)"]),
  T('cars', ["id int NOT NULL", "made year NOT NULL DEFAULT 2000", "flags bit(12) DEFAULT b'0'", "PRIMARY KEY (id)"]),
  "INSERT INTO cars VALUES (1, 1999, b'101');\n", None, "SELECT flags = 5 AND made = 1999 FROM cars WHERE id = 1")
P('712-double-m-d-and-float-precision-changed',
  T('m', ["id int NOT NULL", "a double(10,2) DEFAULT NULL", "b float(7,3) DEFAULT NULL", "c float DEFAULT NULL", "PRIMARY KEY (id)"]),
  T('m', ["id int NOT NULL", "a double(12,4) NOT NULL DEFAULT '0.0000'", "b float(30) DEFAULT NULL", "c float(10,2) unsigned DEFAULT NULL", "PRIMARY KEY (id)"]),
  "INSERT INTO m VALUES (1, 12.5, 1.25, 3);\n", None, "SELECT a = 12.5 FROM m WHERE id = 1")
P('713-char-and-varchar-with-per-column-charsets',
  T('codes', ["id int NOT NULL", "code char(3) CHARACTER SET ascii NOT NULL", "name varchar(40) CHARACTER SET latin1 COLLATE latin1_german1_ci DEFAULT NULL", "PRIMARY KEY (id)"]),
  T('codes', ["id int NOT NULL", "code varchar(3) CHARACTER SET ascii COLLATE ascii_bin NOT NULL", "name varchar(40) CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci DEFAULT NULL",
              "label char(10) CHARACTER SET utf8mb3 DEFAULT ''", "PRIMARY KEY (id)"]),
  "INSERT INTO codes VALUES (1, 'ABC', 'Muller');\n", None, "SELECT code = 'ABC' FROM codes WHERE id = 1")
P('714-text-and-blob-columns-with-defaults',
  T('notes', ["id int NOT NULL", "body text", "PRIMARY KEY (id)"]),
  T('notes', ["id int NOT NULL", "body text NOT NULL DEFAULT ''", "meta mediumtext DEFAULT 'none'", "raw blob DEFAULT 'x'", "PRIMARY KEY (id)"]),
  "INSERT INTO notes VALUES (1, 'a');\n", None, "SELECT meta = 'none' FROM notes WHERE id = 1")
P('715-json-column-added-and-longtext-turned-json',
  T('docs', ["id int NOT NULL", "payload longtext DEFAULT NULL", "PRIMARY KEY (id)"]),
  T('docs', ["id int NOT NULL", "payload longtext CHARACTER SET utf8mb4 COLLATE utf8mb4_bin DEFAULT NULL CHECK (json_valid(payload))", "attrs json NOT NULL DEFAULT '{}'", "PRIMARY KEY (id)"]),
  "INSERT INTO docs VALUES (1, '{\"a\": 1}');\n", None, "SELECT JSON_VALUE(payload, '$.a') = 1 FROM docs WHERE id = 1")
P('716-column-and-table-comments-with-quotes',
  T('people', ["id int NOT NULL COMMENT 'the id'", "name varchar(50) DEFAULT NULL", "PRIMARY KEY (id)"]),
  T('people', ["id int NOT NULL COMMENT 'the person''s id'", "name varchar(50) DEFAULT NULL COMMENT 'a \"nick\" or \\\\ name'", "PRIMARY KEY (id)"],
    " COMMENT='People''s table; \"quoted\"'"),
  "INSERT INTO people VALUES (1, 'x');\n")
P('717-auto-increment-start-and-row-format-set',
  T('orders', ["id int NOT NULL AUTO_INCREMENT", "PRIMARY KEY (id)"]),
  T('orders', ["id int NOT NULL AUTO_INCREMENT", "note varchar(10) DEFAULT NULL", "PRIMARY KEY (id)"], " ENGINE=InnoDB AUTO_INCREMENT=1000 DEFAULT CHARSET=utf8mb4 ROW_FORMAT=COMPRESSED"),
  "INSERT INTO orders VALUES (1);\n")
P('718-row-format-dynamic-to-compact',
  T('orders', ["id int NOT NULL", "PRIMARY KEY (id)"], " ROW_FORMAT=DYNAMIC"),
  T('orders', ["id int NOT NULL", "PRIMARY KEY (id)"], " ROW_FORMAT=COMPACT"),
  "INSERT INTO orders VALUES (1);\n")
P('719-fk-on-update-cascade-across-renamed-columns',
  T('users', ["uid int NOT NULL", "PRIMARY KEY (uid)"])
  + T('posts', ["id int NOT NULL", "author int NOT NULL", "PRIMARY KEY (id)", "KEY author (author)",
                "CONSTRAINT posts_author FOREIGN KEY (author) REFERENCES users (uid) ON DELETE CASCADE ON UPDATE CASCADE"]),
  T('users', ["user_id int NOT NULL", "PRIMARY KEY (user_id)"])
  + T('posts', ["id int NOT NULL", "author_id int NOT NULL", "PRIMARY KEY (id)", "KEY author (author_id)",
                "CONSTRAINT posts_author FOREIGN KEY (author_id) REFERENCES users (user_id) ON DELETE CASCADE ON UPDATE CASCADE"]),
  "INSERT INTO users VALUES (1), (2);\nINSERT INTO posts VALUES (10, 1), (11, 2);\n",
  "users.uid=user_id\nposts.author=author_id\n", "SELECT COUNT(*) = 2 FROM posts p JOIN users u ON u.user_id = p.author_id")
P('720-table-and-column-renamed-with-data-kept',
  T('customer', ["id int NOT NULL AUTO_INCREMENT", "fullname varchar(80) NOT NULL", "mail varchar(120) DEFAULT NULL", "PRIMARY KEY (id)", "UNIQUE KEY mail (mail)"]),
  T('customers', ["id int NOT NULL AUTO_INCREMENT", "full_name varchar(80) NOT NULL", "email varchar(120) DEFAULT NULL", "PRIMARY KEY (id)", "UNIQUE KEY mail (email)"]),
  "INSERT INTO customer (fullname, mail) VALUES ('Ann', 'a@x'), ('Bob', NULL);\n",
  "table customer=customers\ncustomer.fullname=full_name\ncustomer.mail=email\n",
  "SELECT COUNT(*) = 1 FROM customers WHERE full_name = 'Ann' AND email = 'a@x'")
P('721-invisible-columns-added-and-made-visible',
  T('t', ["id int NOT NULL", "a int DEFAULT NULL INVISIBLE", "PRIMARY KEY (id)"]),
  T('t', ["id int NOT NULL", "a int DEFAULT NULL", "b varchar(10) NOT NULL DEFAULT 'h' INVISIBLE", "PRIMARY KEY (id)"]),
  "INSERT INTO t (id, a) VALUES (1, 5);\n", None, "SELECT a = 5 AND b = 'h' FROM t WHERE id = 1")
P('722-column-level-check-added-changed-and-dropped',
  T('p', ["id int NOT NULL", "qty int NOT NULL CHECK (qty >= 0)", "price decimal(8,2) DEFAULT NULL", "PRIMARY KEY (id)"]),
  T('p', ["id int NOT NULL", "qty int NOT NULL CHECK (qty >= 0 AND qty < 1000)", "price decimal(8,2) DEFAULT NULL CHECK (price > 0)", "PRIMARY KEY (id)"]),
  "INSERT INTO p VALUES (1, 5, 2.50);\n", None, "SELECT qty = 5 FROM p WHERE id = 1")
P('723-composite-primary-key-gets-a-third-column',
  T('grades', ["student int NOT NULL", "course int NOT NULL", "term char(6) NOT NULL DEFAULT '2020A'", "grade tinyint DEFAULT NULL", "PRIMARY KEY (student, course)"]),
  T('grades', ["student int NOT NULL", "course int NOT NULL", "term char(6) NOT NULL DEFAULT '2020A'", "grade tinyint DEFAULT NULL", "PRIMARY KEY (student, course, term)"]),
  "INSERT INTO grades VALUES (1, 1, '2020A', 5), (1, 2, '2020A', 4);\n", None, "SELECT COUNT(*) = 2 FROM grades")
P('724-composite-primary-key-reordered-and-surrogate-id-added',
  T('links', ["a int NOT NULL", "b int NOT NULL", "PRIMARY KEY (a, b)"]),
  T('links', ["id int NOT NULL AUTO_INCREMENT", "a int NOT NULL", "b int NOT NULL", "PRIMARY KEY (id)", "UNIQUE KEY a_b (b, a)"]),
  "INSERT INTO links VALUES (1, 2), (2, 1);\n", None, "SELECT COUNT(*) = 2 FROM links")
P('725-mysqldump-style-table-with-backquotes-and-charset-options',
  "CREATE TABLE `wp_options` (\n  `option_id` bigint(20) unsigned NOT NULL AUTO_INCREMENT,\n  `option_name` varchar(191) NOT NULL DEFAULT '',\n"
  "  `option_value` longtext NOT NULL,\n  `autoload` varchar(20) NOT NULL DEFAULT 'yes',\n  PRIMARY KEY (`option_id`),\n"
  "  UNIQUE KEY `option_name` (`option_name`)\n) ENGINE=InnoDB AUTO_INCREMENT=5 DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_520_ci;\n",
  "CREATE TABLE `wp_options` (\n  `option_id` bigint(20) unsigned NOT NULL AUTO_INCREMENT,\n  `option_name` varchar(191) NOT NULL DEFAULT '',\n"
  "  `option_value` longtext NOT NULL,\n  `autoload` varchar(20) NOT NULL DEFAULT 'yes',\n  PRIMARY KEY (`option_id`),\n"
  "  UNIQUE KEY `option_name` (`option_name`),\n  KEY `autoload` (`autoload`)\n) ENGINE=InnoDB AUTO_INCREMENT=5 DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_520_ci;\n",
  "INSERT INTO wp_options (option_name, option_value) VALUES ('siteurl', 'x');\n", None, "SELECT autoload = 'yes' FROM wp_options")
P('726-enum-value-renamed-in-place-with-data-elsewhere',
  T('t', ["id int NOT NULL", "kind enum('a','b','c') DEFAULT NULL", "PRIMARY KEY (id)", "KEY kind (kind)"]),
  T('t', ["id int NOT NULL", "kind enum('c','b','a','d') DEFAULT 'd'", "PRIMARY KEY (id)", "KEY kind (kind)"]),
  "INSERT INTO t VALUES (1, 'a'), (2, 'c');\n", None, "SELECT COUNT(*) = 1 FROM t WHERE id = 1 AND kind = 'a'")
P('727-unique-key-with-prefix-made-plain-and-renamed',
  T('t', ["id int NOT NULL", "email varchar(255) NOT NULL", "PRIMARY KEY (id)", "UNIQUE KEY uq_email (email(64))"]),
  T('t', ["id int NOT NULL", "email varchar(255) NOT NULL", "PRIMARY KEY (id)", "KEY idx_email (email(32))"]),
  "INSERT INTO t VALUES (1, 'a@x');\n")
P('728-tinyint-unsigned-zerofill-and-mediumint-display',
  T('t', ["id mediumint(8) unsigned NOT NULL", "n tinyint(3) unsigned zerofill DEFAULT NULL", "PRIMARY KEY (id)"]),
  T('t', ["id int(10) unsigned NOT NULL", "n smallint(5) unsigned zerofill DEFAULT '00007'", "PRIMARY KEY (id)"]),
  "INSERT INTO t VALUES (1, 7);\n", None, "SELECT n = 7 FROM t")
P('729-timestamp-and-datetime-fractional-with-on-update',
  T('t', ["id int NOT NULL", "created datetime DEFAULT NULL", "PRIMARY KEY (id)"]),
  T('t', ["id int NOT NULL", "created datetime(3) NOT NULL DEFAULT CURRENT_TIMESTAMP(3)",
          "updated timestamp(6) NOT NULL DEFAULT CURRENT_TIMESTAMP(6) ON UPDATE CURRENT_TIMESTAMP(6)", "PRIMARY KEY (id)"]),
  "INSERT INTO t VALUES (1, '2020-01-01 10:00:00');\n", None, "SELECT created = '2020-01-01 10:00:00' FROM t")
P('730-table-charset-converted-and-comment-removed',
  T('t', ["id int NOT NULL", "name varchar(20) DEFAULT NULL", "PRIMARY KEY (id)"], " DEFAULT CHARSET=latin1 COMMENT='old table'"),
  T('t', ["id int NOT NULL", "name varchar(20) DEFAULT NULL", "PRIMARY KEY (id)"], " DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci"),
  "INSERT INTO t VALUES (1, 'abc');\n", None, "SELECT name = 'abc' FROM t")
P('731-fk-added-on-renamed-child-column-with-on-update-set-null',
  T('cats', ["id int NOT NULL", "PRIMARY KEY (id)"])
  + T('items', ["id int NOT NULL", "cat int DEFAULT NULL", "PRIMARY KEY (id)"]),
  T('cats', ["id int NOT NULL", "PRIMARY KEY (id)"])
  + T('items', ["id int NOT NULL", "category_id int DEFAULT NULL", "PRIMARY KEY (id)", "KEY fk_items_cat (category_id)",
                "CONSTRAINT fk_items_cat FOREIGN KEY (category_id) REFERENCES cats (id) ON DELETE SET NULL ON UPDATE CASCADE"]),
  "INSERT INTO cats VALUES (1);\nINSERT INTO items VALUES (1, 1), (2, NULL);\n", "items.cat=category_id\n",
  "SELECT category_id = 1 FROM items WHERE id = 1")
P('732-json-generated-column-with-named-table-check',
  T('ev', ["id int NOT NULL", "doc json DEFAULT NULL", "PRIMARY KEY (id)"]),
  T('ev', ["id int NOT NULL", "doc json DEFAULT NULL", "kind varchar(20) GENERATED ALWAYS AS (json_unquote(json_extract(doc, '$.kind'))) VIRTUAL",
           "PRIMARY KEY (id)", "KEY kind (kind)", "CONSTRAINT doc_is_object CHECK (json_type(doc) = 'OBJECT')"]),
  "INSERT INTO ev VALUES (1, '{\"kind\": \"a\"}');\n", None, "SELECT kind = 'a' FROM ev WHERE id = 1")
P('733-composite-pk-referenced-by-child-replaced-by-surrogate',
  T('parent', ["a int NOT NULL", "b int NOT NULL", "PRIMARY KEY (a, b)"])
  + T('child', ["id int NOT NULL", "pa int NOT NULL", "pb int NOT NULL", "PRIMARY KEY (id)", "KEY fk_child (pa, pb)",
                "CONSTRAINT fk_child FOREIGN KEY (pa, pb) REFERENCES parent (a, b) ON UPDATE CASCADE"]),
  T('parent', ["id int NOT NULL AUTO_INCREMENT", "a int NOT NULL", "b int NOT NULL", "PRIMARY KEY (id)", "UNIQUE KEY a_b (a, b)"])
  + T('child', ["id int NOT NULL", "pa int NOT NULL", "pb int NOT NULL", "PRIMARY KEY (id)", "KEY fk_child (pa, pb)",
                "CONSTRAINT fk_child FOREIGN KEY (pa, pb) REFERENCES parent (a, b) ON UPDATE CASCADE"]),
  "INSERT INTO parent VALUES (1, 1), (1, 2);\nINSERT INTO child VALUES (1, 1, 2);\n", None, "SELECT COUNT(*) = 1 FROM child")
P('734-parent-table-and-key-renamed-child-fk-on-update-cascade-follows',
  T('author', ["aid int NOT NULL", "PRIMARY KEY (aid)"])
  + T('book', ["id int NOT NULL", "aid int NOT NULL", "PRIMARY KEY (id)", "KEY fk_book_author (aid)",
               "CONSTRAINT fk_book_author FOREIGN KEY (aid) REFERENCES author (aid) ON DELETE RESTRICT ON UPDATE CASCADE"]),
  T('writer', ["writer_id int NOT NULL", "PRIMARY KEY (writer_id)"])
  + T('book', ["id int NOT NULL", "writer_id int NOT NULL", "PRIMARY KEY (id)", "KEY fk_book_author (writer_id)",
               "CONSTRAINT fk_book_author FOREIGN KEY (writer_id) REFERENCES writer (writer_id) ON DELETE RESTRICT ON UPDATE CASCADE"]),
  "INSERT INTO author VALUES (7);\nINSERT INTO book VALUES (1, 7);\n", "table author=writer\nauthor.aid=writer_id\nbook.aid=writer_id\n",
  "SELECT writer_id = 7 FROM book WHERE id = 1")
P('735-enum-values-with-quotes-and-commas-one-removed',
  T('t', ["id int NOT NULL", "v enum('it''s','a,b','plain','x y') NOT NULL DEFAULT 'plain'", "PRIMARY KEY (id)"]),
  T('t', ["id int NOT NULL", "v enum('a,b','it''s','x y') NOT NULL DEFAULT 'a,b'", "PRIMARY KEY (id)"]),
  "INSERT INTO t VALUES (1, 'it''s'), (2, 'a,b');\n", None, "SELECT COUNT(*) = 1 FROM t WHERE id = 1 AND v = 'it''s'")
P('736-set-with-spaced-values-and-multi-value-default',
  T('t', ["id int NOT NULL", "days set('mon','tue','wed') DEFAULT NULL", "PRIMARY KEY (id)"]),
  T('t', ["id int NOT NULL", "days set('mon','tue','wed','thu fri') NOT NULL DEFAULT 'mon,wed'", "PRIMARY KEY (id)"]),
  "INSERT INTO t VALUES (1, 'tue'), (2, 'mon,wed');\n", None, "SELECT days = 'tue' FROM t WHERE id = 1")
P('737-column-check-follows-a-renamed-column',
  T('p', ["id int NOT NULL", "qty int NOT NULL CHECK (qty >= 0)", "PRIMARY KEY (id)"]),
  T('p', ["id int NOT NULL", "quantity int NOT NULL CHECK (quantity >= 0)", "PRIMARY KEY (id)"]),
  "INSERT INTO p VALUES (1, 3);\n", "p.qty=quantity\n", "SELECT quantity = 3 FROM p")
P('738-invisible-indexed-column-renamed',
  T('t', ["id int NOT NULL", "tenant int NOT NULL DEFAULT 0 INVISIBLE", "PRIMARY KEY (id)", "KEY tenant (tenant)"]),
  T('t', ["id int NOT NULL", "tenant_id int NOT NULL DEFAULT 0 INVISIBLE", "PRIMARY KEY (id)", "KEY tenant (tenant_id)"]),
  "INSERT INTO t (id, tenant) VALUES (1, 9);\n", "t.tenant=tenant_id\n", "SELECT tenant_id = 9 FROM t")
P('739-auto-increment-int-to-bigint-unsigned-with-start-and-utf8mb3',
  T('log', ["id int NOT NULL AUTO_INCREMENT", "msg varchar(100) DEFAULT NULL", "PRIMARY KEY (id)"], " DEFAULT CHARSET=utf8mb3"),
  T('log', ["id bigint unsigned NOT NULL AUTO_INCREMENT", "msg varchar(100) DEFAULT NULL", "PRIMARY KEY (id)"], " AUTO_INCREMENT=5000 DEFAULT CHARSET=utf8mb3"),
  "INSERT INTO log (msg) VALUES ('a'), ('b');\n", None, "SELECT COUNT(*) = 2 FROM log")

P('700-aria-tables-rebuilt-keep-their-page-checksum',
  T('notes', ["id int NOT NULL", "body varchar(50) DEFAULT NULL", "PRIMARY KEY (id)"], " ENGINE=Aria TRANSACTIONAL=0")
  + T('raw', ["id int NOT NULL", "PRIMARY KEY (id)"], " ENGINE=Aria PAGE_CHECKSUM=0"),
  T('notes', ["id int NOT NULL", "body varchar(50) DEFAULT NULL", "tag varchar(10) DEFAULT NULL", "PRIMARY KEY (id)", "KEY tag (tag)"],
    " ENGINE=Aria TRANSACTIONAL=0")
  + T('raw', ["id int NOT NULL", "n int DEFAULT NULL", "PRIMARY KEY (id)"], " ENGINE=Aria PAGE_CHECKSUM=0"),
  "INSERT INTO notes VALUES (1, 'a');\nINSERT INTO raw VALUES (1);\n", None, "SELECT COUNT(*) = 1 FROM notes WHERE body = 'a'")

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
    if name in gaps:
        open(os.path.join(d, 'known-gap.txt'), 'w').write(textwrap.fill(gaps[name], 118) + '\n')
print(len(pairs))
