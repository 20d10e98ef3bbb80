-- the serial column goes, its sequence stays for the application: dropping the column would drop it
CREATE TABLE tickets (id integer PRIMARY KEY);
CREATE SEQUENCE tickets_ticket_no_seq AS integer;
