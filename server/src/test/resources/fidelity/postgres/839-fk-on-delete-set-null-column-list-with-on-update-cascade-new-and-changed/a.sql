CREATE TABLE tenants (id integer PRIMARY KEY);
CREATE TABLE users (tenant_id integer, id integer, PRIMARY KEY (tenant_id, id));
CREATE TABLE docs (tenant_id integer NOT NULL, id integer, owner_id integer, PRIMARY KEY (tenant_id, id),
    CONSTRAINT docs_owner_fk FOREIGN KEY (tenant_id, owner_id) REFERENCES users ON DELETE CASCADE);
