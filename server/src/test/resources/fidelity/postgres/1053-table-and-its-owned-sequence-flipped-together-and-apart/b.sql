-- a1 and its sequence go unlogged together, a2 and its sequence logged together, a3 stays logged and its sequence goes unlogged
CREATE UNLOGGED TABLE a1 (id integer PRIMARY KEY, n bigint);
CREATE UNLOGGED SEQUENCE a1_n OWNED BY a1.n;
CREATE TABLE a2 (id integer PRIMARY KEY, n bigint);
CREATE SEQUENCE a2_n OWNED BY a2.n;
CREATE TABLE a3 (id integer PRIMARY KEY, n bigint);
CREATE UNLOGGED SEQUENCE a3_n OWNED BY a3.n;
