CREATE TABLE tenants (id integer PRIMARY KEY);
CREATE TABLE users (tenant_id integer NOT NULL REFERENCES tenants, id integer, PRIMARY KEY (tenant_id, id));
CREATE TABLE posts (tenant_id integer NOT NULL, id integer NOT NULL, author_id integer, editor_id integer, PRIMARY KEY (tenant_id, id),
  CONSTRAINT posts_author_fk FOREIGN KEY (tenant_id, author_id) REFERENCES users ON DELETE SET NULL (author_id),
  CONSTRAINT posts_editor_fk FOREIGN KEY (tenant_id, editor_id) REFERENCES users ON DELETE SET NULL);
