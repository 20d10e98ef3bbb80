CREATE TABLE t (id integer PRIMARY KEY, a integer CHECK (a > 0), b integer CHECK (b > 0), CONSTRAINT first_ck CHECK (a < 100), CONSTRAINT second_ck CHECK (b < 100));
