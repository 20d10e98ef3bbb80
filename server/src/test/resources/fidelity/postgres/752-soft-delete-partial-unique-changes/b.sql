CREATE TABLE users (id bigserial PRIMARY KEY, email varchar(320) NOT NULL, login varchar(64) NOT NULL, deleted_at timestamptz, banned boolean NOT NULL DEFAULT false);
CREATE UNIQUE INDEX users_email_active ON users (lower(email)) WHERE deleted_at IS NULL AND NOT banned;
CREATE UNIQUE INDEX users_login_active ON users (lower(login::text) text_pattern_ops) WHERE deleted_at IS NULL;
CREATE INDEX users_deleted_at ON users (deleted_at DESC) WHERE deleted_at IS NOT NULL;
