CREATE TABLE users (id bigserial PRIMARY KEY, email varchar(255) NOT NULL, org_id bigint NOT NULL, deleted_at timestamptz);
CREATE UNIQUE INDEX users_email_key ON users (email) WHERE deleted_at IS NULL;
CREATE UNIQUE INDEX users_org_email_key ON users (org_id, lower(email)) WHERE deleted_at IS NULL;
CREATE TABLE sessions (id bigserial PRIMARY KEY, user_id bigint REFERENCES users (id) ON DELETE CASCADE);
