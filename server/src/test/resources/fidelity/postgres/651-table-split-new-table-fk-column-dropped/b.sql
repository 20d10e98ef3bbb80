CREATE TABLE users (id serial PRIMARY KEY, email varchar(255) NOT NULL UNIQUE);
CREATE TABLE addresses (id serial PRIMARY KEY, user_id integer NOT NULL REFERENCES users (id) ON DELETE CASCADE, street text, city text, zip varchar(10));
CREATE INDEX addresses_user_id_idx ON addresses (user_id);
