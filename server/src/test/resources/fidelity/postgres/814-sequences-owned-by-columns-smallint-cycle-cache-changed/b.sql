CREATE SEQUENCE ticket_no AS integer START 10 INCREMENT 3 MAXVALUE 50000 CACHE 1 NO CYCLE;
CREATE TABLE tickets (no integer NOT NULL DEFAULT nextval('ticket_no'), label text);
ALTER SEQUENCE ticket_no OWNED BY tickets.no;
CREATE SEQUENCE loose_seq AS smallint MINVALUE -5 START -5 CYCLE;
ALTER SEQUENCE loose_seq OWNED BY tickets.label;
CREATE SEQUENCE "Weird Seq" AS bigint START 0 MINVALUE 0 INCREMENT 2;
CREATE SEQUENCE "Other Seq";
CREATE TABLE counters (id integer PRIMARY KEY, n bigint DEFAULT nextval('"Other Seq"'));
