CREATE TABLE e (id integer PRIMARY KEY, at timestamp with time zone DEFAULT CURRENT_TIMESTAMP);
