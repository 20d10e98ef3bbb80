-- note and legacy are used by none of them: retyped and dropped freely
CREATE TABLE orders (id integer PRIMARY KEY, status varchar(10) NOT NULL, note text, changed_at timestamptz);
CREATE FUNCTION orders_touch() RETURNS trigger LANGUAGE plpgsql AS $$BEGIN NEW.changed_at := now(); RETURN NEW; END$$;
CREATE TRIGGER orders_status_changed BEFORE UPDATE OF status ON orders FOR EACH ROW
  WHEN (OLD.status IS DISTINCT FROM NEW.status) EXECUTE FUNCTION orders_touch();
CREATE RULE orders_no_blank AS ON INSERT TO orders WHERE NEW.status = '' DO INSTEAD NOTHING;
CREATE FUNCTION open_orders() RETURNS bigint LANGUAGE sql STABLE BEGIN ATOMIC SELECT count(*) FROM orders WHERE status = 'open'; END;
