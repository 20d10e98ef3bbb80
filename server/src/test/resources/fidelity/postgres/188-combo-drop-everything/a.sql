CREATE TYPE mood AS ENUM ('sad', 'ok', 'happy');
CREATE TABLE acct (id bigserial PRIMARY KEY, m mood);
CREATE SEQUENCE s;
CREATE INDEX acct_m ON acct (m) WHERE m IS NOT NULL;
