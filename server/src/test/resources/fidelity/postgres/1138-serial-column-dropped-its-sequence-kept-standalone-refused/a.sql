CREATE TABLE tickets (id integer PRIMARY KEY, ticket_no serial NOT NULL);
