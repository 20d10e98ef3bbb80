CREATE TABLE users (id bigserial PRIMARY KEY, email varchar(255) NOT NULL, username varchar(50) NOT NULL, deleted_at timestamp);
CREATE UNIQUE INDEX users_email_active ON users (email) WHERE deleted_at IS NULL;
CREATE UNIQUE INDEX users_username_active ON users (username) WHERE deleted_at IS NULL;
CREATE INDEX users_deleted_at ON users (deleted_at) WHERE deleted_at IS NOT NULL;
