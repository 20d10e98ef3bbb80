CREATE TABLE doc (id int PRIMARY KEY, owner_name text, state text);
ALTER TABLE doc ENABLE ROW LEVEL SECURITY;
CREATE POLICY doc_owner ON doc USING (owner_name = current_user);
CREATE FUNCTION doc_touch() RETURNS trigger LANGUAGE plpgsql AS $$BEGIN RETURN NEW; END$$;
CREATE TRIGGER doc_state_changed BEFORE UPDATE OF state ON doc FOR EACH ROW WHEN (OLD.state IS DISTINCT FROM NEW.state) EXECUTE FUNCTION doc_touch();
CREATE MATERIALIZED VIEW doc_states AS SELECT state, count(*) AS n FROM doc GROUP BY state;
