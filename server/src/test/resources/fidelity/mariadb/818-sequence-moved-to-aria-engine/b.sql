CREATE SEQUENCE ticket_seq START WITH 1 INCREMENT BY 1 CACHE 20 ENGINE=Aria;
CREATE TABLE tickets (
  id bigint NOT NULL DEFAULT nextval(ticket_seq),
  PRIMARY KEY (id)
);
