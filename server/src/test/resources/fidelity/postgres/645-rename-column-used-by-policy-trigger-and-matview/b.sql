CREATE TABLE doc (id int PRIMARY KEY, owner text, status text);
ALTER TABLE doc ENABLE ROW LEVEL SECURITY;
CREATE POLICY doc_owner ON doc USING (owner = current_user);
CREATE FUNCTION doc_touch() RETURNS trigger LANGUAGE plpgsql AS $$BEGIN RETURN NEW; END$$;
CREATE TRIGGER doc_state_changed BEFORE UPDATE OF status ON doc FOR EACH ROW WHEN (OLD.status IS DISTINCT FROM NEW.status) EXECUTE FUNCTION doc_touch();
CREATE MATERIALIZED VIEW doc_states AS SELECT status AS state, count(*) AS n FROM doc GROUP BY status;
