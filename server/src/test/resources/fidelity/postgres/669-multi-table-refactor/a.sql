CREATE TYPE role AS ENUM ('admin', 'user', 'guest');
CREATE TABLE companies (id serial PRIMARY KEY, name varchar(100) NOT NULL, plan text DEFAULT 'free');
CREATE TABLE users (id serial PRIMARY KEY, company integer REFERENCES companies (id), email varchar(100) NOT NULL, role role NOT NULL DEFAULT 'user', full_name text, created timestamp DEFAULT now(), settings json);
CREATE UNIQUE INDEX users_email ON users (email);
CREATE TABLE audit (id bigserial PRIMARY KEY, user_id integer REFERENCES users (id), action text, at timestamp DEFAULT now());
