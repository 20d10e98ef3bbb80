CREATE TABLE client (id integer PRIMARY KEY, name text NOT NULL, changed_at timestamptz);
CREATE FUNCTION stamp() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  NEW.changed_at := now();
  RETURN NEW;
END $$;
CREATE TRIGGER stamped BEFORE UPDATE ON client FOR EACH ROW EXECUTE FUNCTION stamp();
