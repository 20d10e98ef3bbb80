CREATE TABLE t (id int PRIMARY KEY, day date, flag boolean, at time, stamp date, u uuid);
CREATE TABLE users (id uuid PRIMARY KEY DEFAULT gen_random_uuid(), email text);
CREATE TABLE posts (id integer PRIMARY KEY, user_id uuid REFERENCES users(id));
