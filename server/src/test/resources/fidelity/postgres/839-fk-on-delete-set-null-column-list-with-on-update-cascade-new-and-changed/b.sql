CREATE TABLE tenants (id integer PRIMARY KEY);
CREATE TABLE users (tenant_id integer, id integer, PRIMARY KEY (tenant_id, id));
CREATE TABLE docs (tenant_id integer NOT NULL, id integer, owner_id integer, editor_id integer, PRIMARY KEY (tenant_id, id),
    CONSTRAINT docs_owner_fk FOREIGN KEY (tenant_id, owner_id) REFERENCES users ON UPDATE CASCADE ON DELETE SET NULL (owner_id),
    CONSTRAINT docs_editor_fk FOREIGN KEY (tenant_id, editor_id) REFERENCES users MATCH SIMPLE ON DELETE SET DEFAULT (editor_id) DEFERRABLE,
    CONSTRAINT docs_tenant_fk FOREIGN KEY (tenant_id) REFERENCES tenants ON DELETE RESTRICT ON UPDATE RESTRICT);
