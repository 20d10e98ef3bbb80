CREATE TABLE t (id integer PRIMARY KEY, a text COLLATE "C" NOT NULL, b varchar(5) COLLATE "POSIX");
