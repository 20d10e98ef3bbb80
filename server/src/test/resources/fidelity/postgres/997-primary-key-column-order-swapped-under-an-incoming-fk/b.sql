CREATE TABLE k (a integer, b integer, PRIMARY KEY (b, a));
CREATE TABLE r (id integer PRIMARY KEY, a integer, b integer, FOREIGN KEY (b, a) REFERENCES k (b, a));
