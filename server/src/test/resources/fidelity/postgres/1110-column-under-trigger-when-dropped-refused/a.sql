CREATE TABLE docs (id integer PRIMARY KEY, locked boolean NOT NULL DEFAULT false, body text);
CREATE FUNCTION docs_refuse() RETURNS trigger LANGUAGE plpgsql AS $$BEGIN RAISE EXCEPTION 'locked'; END$$;
CREATE TRIGGER docs_locked BEFORE UPDATE ON docs FOR EACH ROW WHEN (OLD.locked) EXECUTE FUNCTION docs_refuse();
