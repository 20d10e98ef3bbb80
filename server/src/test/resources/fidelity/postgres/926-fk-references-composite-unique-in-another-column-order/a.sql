CREATE TABLE p (x integer, y integer, CONSTRAINT p_x_y_key UNIQUE (x, y));
CREATE TABLE c (id integer PRIMARY KEY, a integer, b integer);
