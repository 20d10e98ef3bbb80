CREATE TABLE a_table_name_that_is_exactly_sixty_three_bytes_long_abcdefghijk (id serial PRIMARY KEY, val text UNIQUE CHECK (val <> ''), other_id integer);
CREATE TABLE other (id integer PRIMARY KEY);
ALTER TABLE a_table_name_that_is_exactly_sixty_three_bytes_long_abcdefghijk ADD FOREIGN KEY (other_id) REFERENCES other (id);
CREATE INDEX ON a_table_name_that_is_exactly_sixty_three_bytes_long_abcdefghijk (other_id);
