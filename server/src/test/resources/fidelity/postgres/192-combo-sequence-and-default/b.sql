CREATE SEQUENCE ticket_no START 100 INCREMENT 10;
CREATE TABLE ticket (id integer PRIMARY KEY, no bigint NOT NULL DEFAULT nextval('ticket_no'));
