CREATE TABLE parent (id bigint PRIMARY KEY);
CREATE TABLE child (id integer PRIMARY KEY, parent_id bigint);
ALTER TABLE child ADD CONSTRAINT child_parent_fk FOREIGN KEY (parent_id) REFERENCES parent (id) NOT VALID;
