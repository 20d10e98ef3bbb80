CREATE TABLE post (id integer PRIMARY KEY, tags text[] NOT NULL DEFAULT '{}', scores integer[] DEFAULT ARRAY[1, 2], grid numeric(5,2)[][]);
