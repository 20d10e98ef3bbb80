CREATE SEQUENCE ticket_seq START WITH 100 INCREMENT BY 5 MINVALUE 1 MAXVALUE 99999 CACHE 20 CYCLE;
CREATE SEQUENCE comment_seq START WITH 1 INCREMENT BY 1 NOCACHE;
CREATE TABLE tickets (
  id bigint NOT NULL DEFAULT nextval(ticket_seq),
  subject varchar(100) NOT NULL,
  PRIMARY KEY (id)
);
CREATE TABLE ticket_comments (
  id bigint NOT NULL DEFAULT NEXT VALUE FOR comment_seq,
  ticket_id bigint NOT NULL,
  body text,
  PRIMARY KEY (id),
  KEY ticket_id (ticket_id),
  CONSTRAINT ticket_comments_ticket FOREIGN KEY (ticket_id) REFERENCES tickets (id) ON DELETE CASCADE
);
