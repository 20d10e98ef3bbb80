CREATE SEQUENCE ticket_seq START WITH -1 INCREMENT BY -1 NOCACHE;
CREATE TABLE tickets (
  id bigint NOT NULL DEFAULT nextval(ticket_seq),
  title varchar(80) NOT NULL,
  PRIMARY KEY (id)
);
