CREATE DOMAIN tag_list AS varchar(20)[] CHECK (cardinality(VALUE) <= 10);
CREATE TABLE posts (id integer PRIMARY KEY, tags tag_list DEFAULT '{}');
