CREATE TYPE mood AS ENUM ('happy', 'sad');
CREATE SEQUENCE ticket_seq;
CREATE TABLE tickets (id integer PRIMARY KEY DEFAULT nextval('ticket_seq'), title text NOT NULL, m mood, CONSTRAINT tickets_title_len CHECK (length(title) < 200));
CREATE INDEX tickets_title_idx ON tickets (title);
COMMENT ON TABLE tickets IS 'Support tickets';
COMMENT ON COLUMN tickets.title IS 'Short summary';
