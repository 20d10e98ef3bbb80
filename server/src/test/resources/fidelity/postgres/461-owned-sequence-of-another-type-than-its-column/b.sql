CREATE TABLE other (id integer PRIMARY KEY);

-- as a Rails structure.sql written before PostgreSQL 10 loads: the sequence has no AS, so it is bigint
CREATE TABLE pool_versions (
    id integer NOT NULL,
    name text
);
CREATE SEQUENCE pool_versions_id_seq START WITH 1 INCREMENT BY 1 NO MINVALUE NO MAXVALUE CACHE 1;
ALTER SEQUENCE pool_versions_id_seq OWNED BY pool_versions.id;
ALTER TABLE ONLY pool_versions ALTER COLUMN id SET DEFAULT nextval('pool_versions_id_seq'::regclass);
ALTER TABLE ONLY pool_versions ADD CONSTRAINT pool_versions_pkey PRIMARY KEY (id);

-- the other way round: an integer sequence feeding a bigint column
CREATE TABLE events (
    id bigint NOT NULL PRIMARY KEY
);
CREATE SEQUENCE events_id_seq AS integer;
ALTER SEQUENCE events_id_seq OWNED BY events.id;
ALTER TABLE events ALTER COLUMN id SET DEFAULT nextval('events_id_seq'::regclass);
