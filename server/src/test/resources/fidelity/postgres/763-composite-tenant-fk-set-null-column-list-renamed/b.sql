CREATE TABLE members (tenant_id integer NOT NULL, id integer NOT NULL, name text, PRIMARY KEY (tenant_id, id));
CREATE TABLE tickets (tenant_id integer NOT NULL, id integer NOT NULL, created_by integer, assignee_id integer, PRIMARY KEY (tenant_id, id),
  CONSTRAINT tickets_author_fk FOREIGN KEY (tenant_id, created_by) REFERENCES members (tenant_id, id) ON DELETE SET NULL (created_by),
  CONSTRAINT tickets_assignee_fk FOREIGN KEY (tenant_id, assignee_id) REFERENCES members (tenant_id, id) ON DELETE SET NULL (assignee_id) DEFERRABLE);
CREATE INDEX tickets_assignee ON tickets (tenant_id, assignee_id) WHERE assignee_id IS NOT NULL;
