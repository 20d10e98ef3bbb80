CREATE TABLE r (id integer PRIMARY KEY, during tsrange);
