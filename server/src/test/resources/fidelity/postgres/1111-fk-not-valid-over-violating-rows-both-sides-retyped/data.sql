INSERT INTO parent VALUES (1);
INSERT INTO child VALUES (1, 1), (2, 99);
ALTER TABLE child ADD CONSTRAINT child_parent_fk FOREIGN KEY (parent_id) REFERENCES parent (id) NOT VALID;
