-- the column goes but its sequence stays, standalone: dropping an owning column drops its sequence
CREATE TABLE tickets (id integer PRIMARY KEY);
CREATE SEQUENCE ticket_no_seq;
