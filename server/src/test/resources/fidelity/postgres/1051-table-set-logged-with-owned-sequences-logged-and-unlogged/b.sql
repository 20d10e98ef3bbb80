CREATE TABLE rate_limits (id integer NOT NULL PRIMARY KEY, key varchar NOT NULL);
CREATE SEQUENCE rate_limits_id_seq AS integer;
ALTER SEQUENCE rate_limits_id_seq OWNED BY rate_limits.id;
ALTER TABLE rate_limits ALTER COLUMN id SET DEFAULT nextval('rate_limits_id_seq'::regclass);
CREATE TABLE tickets (id integer PRIMARY KEY, n bigint, m bigint);
CREATE SEQUENCE ticket_no OWNED BY tickets.n;
CREATE UNLOGGED SEQUENCE ticket_m OWNED BY tickets.m;
