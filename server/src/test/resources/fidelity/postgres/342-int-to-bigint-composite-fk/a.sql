CREATE TABLE tenant_user (tenant_id integer, user_id integer, PRIMARY KEY (tenant_id, user_id));
CREATE TABLE tenant_post (id integer PRIMARY KEY, tenant_id integer NOT NULL, author integer, FOREIGN KEY (tenant_id, author) REFERENCES tenant_user (tenant_id, user_id) DEFERRABLE);
