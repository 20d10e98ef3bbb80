CREATE TABLE customer (id integer PRIMARY KEY, name text NOT NULL, changed_at timestamptz);
CREATE FUNCTION stamp() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  NEW.changed_at := now();
  RETURN NEW;
END $$;
CREATE TRIGGER stamped BEFORE UPDATE ON customer FOR EACH ROW EXECUTE FUNCTION stamp();
CREATE VIEW customer_names AS SELECT id, name FROM customer;
