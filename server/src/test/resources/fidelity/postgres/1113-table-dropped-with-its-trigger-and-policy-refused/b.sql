CREATE TABLE keep_me (id integer PRIMARY KEY);
CREATE FUNCTION notes_touch() RETURNS trigger LANGUAGE plpgsql AS $$BEGIN NEW.updated_at := now(); RETURN NEW; END$$;
