CREATE TABLE users (id bigserial PRIMARY KEY, email varchar(255) NOT NULL, org_id bigint NOT NULL, deleted_at timestamptz,
  CONSTRAINT users_email_key UNIQUE (email), CONSTRAINT users_org_email_key UNIQUE (org_id, email));
CREATE TABLE sessions (id bigserial PRIMARY KEY, user_email varchar(255) REFERENCES users (email));
