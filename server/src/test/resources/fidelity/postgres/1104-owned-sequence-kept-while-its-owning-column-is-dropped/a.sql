CREATE TABLE tickets (id integer PRIMARY KEY, ticket_no bigint);
CREATE SEQUENCE ticket_no_seq OWNED BY tickets.ticket_no;
ALTER TABLE tickets ALTER COLUMN ticket_no SET DEFAULT nextval('ticket_no_seq');
