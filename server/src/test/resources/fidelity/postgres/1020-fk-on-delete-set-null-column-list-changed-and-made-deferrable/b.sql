CREATE TABLE tenants (id integer PRIMARY KEY);
CREATE TABLE users (tenant_id integer NOT NULL REFERENCES tenants, id integer, PRIMARY KEY (tenant_id, id));
CREATE TABLE posts (tenant_id integer NOT NULL, id integer NOT NULL, author_id integer DEFAULT 0, editor_id integer, PRIMARY KEY (tenant_id, id),
  CONSTRAINT posts_author_fk FOREIGN KEY (tenant_id, author_id) REFERENCES users ON DELETE SET DEFAULT (author_id) DEFERRABLE,
  CONSTRAINT posts_editor_fk FOREIGN KEY (tenant_id, editor_id) REFERENCES users ON DELETE SET NULL (editor_id) ON UPDATE CASCADE DEFERRABLE INITIALLY DEFERRED);
