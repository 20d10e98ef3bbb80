-- UNLOGGED with its id sequence logged: no longer a serial but a column with a nextval default and a sequence of the schema
CREATE UNLOGGED TABLE rate_limits (id integer NOT NULL PRIMARY KEY, key varchar NOT NULL);
CREATE SEQUENCE rate_limits_id_seq AS integer;
ALTER SEQUENCE rate_limits_id_seq OWNED BY rate_limits.id;
ALTER TABLE rate_limits ALTER COLUMN id SET DEFAULT nextval('rate_limits_id_seq'::regclass);
