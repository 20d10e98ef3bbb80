CREATE COLLATION "case insensitive" (provider = icu, locale = 'und-u-ks-level2', deterministic = false);
CREATE TABLE users (id integer PRIMARY KEY, email text COLLATE "case insensitive" NOT NULL, nick text COLLATE "case insensitive");
CREATE UNIQUE INDEX users_email ON users (email);
CREATE INDEX users_nick ON users (nick COLLATE "C");
