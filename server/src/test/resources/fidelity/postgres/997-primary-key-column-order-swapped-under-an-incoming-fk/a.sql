CREATE TABLE k (a integer, b integer, PRIMARY KEY (a, b));
CREATE TABLE r (id integer PRIMARY KEY, a integer, b integer, FOREIGN KEY (a, b) REFERENCES k (a, b));
