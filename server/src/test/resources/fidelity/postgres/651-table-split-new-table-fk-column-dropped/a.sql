CREATE TABLE users (id serial PRIMARY KEY, email varchar(255) NOT NULL UNIQUE, street text, city text, zip varchar(10));
