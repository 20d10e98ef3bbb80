CREATE TABLE docs (id integer PRIMARY KEY, body text);
CREATE FUNCTION docs_refuse() RETURNS trigger LANGUAGE plpgsql AS $$BEGIN RAISE EXCEPTION 'locked'; END$$;
