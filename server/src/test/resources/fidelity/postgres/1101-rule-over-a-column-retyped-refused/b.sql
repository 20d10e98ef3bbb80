CREATE TABLE audit (id integer PRIMARY KEY, amount bigint NOT NULL, note text);
CREATE RULE audit_no_negative AS ON INSERT TO audit WHERE NEW.amount < 0 DO INSTEAD NOTHING;
