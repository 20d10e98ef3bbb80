CREATE TABLE other (id integer PRIMARY KEY);

-- as a Rails structure.sql makes it: the table UNLOGGED, its id sequence created apart (logged) and owned by it
CREATE UNLOGGED TABLE rate_limits (
    id integer NOT NULL,
    key character varying NOT NULL
);
CREATE SEQUENCE rate_limits_id_seq AS integer START WITH 1 INCREMENT BY 1 NO MINVALUE NO MAXVALUE CACHE 1;
ALTER SEQUENCE rate_limits_id_seq OWNED BY rate_limits.id;
ALTER TABLE ONLY rate_limits ALTER COLUMN id SET DEFAULT nextval('rate_limits_id_seq'::regclass);
ALTER TABLE ONLY rate_limits ADD CONSTRAINT rate_limits_pkey PRIMARY KEY (id);
