CREATE TABLE members (tenant_id integer NOT NULL, id integer NOT NULL, name text, PRIMARY KEY (tenant_id, id));
CREATE TABLE tickets (tenant_id integer NOT NULL, id integer NOT NULL, author_id integer, assignee integer, PRIMARY KEY (tenant_id, id),
  CONSTRAINT tickets_author_fk FOREIGN KEY (tenant_id, author_id) REFERENCES members (tenant_id, id) ON DELETE SET NULL (author_id),
  CONSTRAINT tickets_assignee_fk FOREIGN KEY (tenant_id, assignee) REFERENCES members (tenant_id, id));
