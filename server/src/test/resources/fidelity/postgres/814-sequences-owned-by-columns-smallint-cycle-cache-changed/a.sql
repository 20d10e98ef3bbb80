CREATE SEQUENCE ticket_no AS smallint START 10 INCREMENT 2 CACHE 5 CYCLE;
CREATE TABLE tickets (no smallint NOT NULL DEFAULT nextval('ticket_no'), label text);
ALTER SEQUENCE ticket_no OWNED BY tickets.no;
CREATE SEQUENCE loose_seq;
CREATE SEQUENCE "Weird Seq" START 0 MINVALUE 0;
CREATE TABLE counters (id integer PRIMARY KEY, n bigint DEFAULT nextval('"Weird Seq"'));
