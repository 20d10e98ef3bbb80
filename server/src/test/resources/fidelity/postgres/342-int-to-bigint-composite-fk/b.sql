CREATE TABLE tenant_user (tenant_id bigint, user_id bigint, PRIMARY KEY (tenant_id, user_id));
CREATE TABLE tenant_post (id integer PRIMARY KEY, tenant_id bigint NOT NULL, author bigint, FOREIGN KEY (tenant_id, author) REFERENCES tenant_user (tenant_id, user_id) DEFERRABLE);
