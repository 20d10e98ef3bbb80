CREATE TABLE t (id int PRIMARY KEY, day int, flag numeric(1), at time, stamp timestamp, u int);
CREATE TABLE users (id integer PRIMARY KEY, email text);
CREATE TABLE posts (id integer PRIMARY KEY, user_id integer REFERENCES users(id));
