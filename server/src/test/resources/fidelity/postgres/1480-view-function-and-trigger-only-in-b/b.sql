CREATE TABLE account (id integer PRIMARY KEY, name text NOT NULL, updated_at timestamptz);
CREATE FUNCTION touch_account() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  NEW.updated_at := now();
  RETURN NEW;
END $$;
CREATE TRIGGER account_touched BEFORE UPDATE ON account FOR EACH ROW EXECUTE FUNCTION touch_account();
CREATE VIEW account_names AS SELECT id, upper(name) AS name, updated_at FROM account;
CREATE PROCEDURE rename_account(p_id integer, p_name text) LANGUAGE sql AS $$ UPDATE account SET name = p_name WHERE id = p_id $$;
