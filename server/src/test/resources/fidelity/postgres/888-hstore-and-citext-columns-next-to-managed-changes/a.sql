CREATE EXTENSION hstore;
CREATE EXTENSION citext;
CREATE TABLE users (id integer PRIMARY KEY, email varchar(200) NOT NULL, attrs hstore);
CREATE UNIQUE INDEX users_email ON users (email);
