CREATE TABLE p (x integer, y integer, CONSTRAINT p_x_y_key UNIQUE (x, y));
CREATE TABLE c (id integer PRIMARY KEY, a integer, b integer, CONSTRAINT c_fk FOREIGN KEY (b, a) REFERENCES p (y, x));
CREATE TABLE d (id integer PRIMARY KEY, a integer, b integer, CONSTRAINT d_fk FOREIGN KEY (a, b) REFERENCES p (y, x) MATCH FULL);
