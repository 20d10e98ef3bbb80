CREATE TABLE p (id int PRIMARY KEY);
CREATE TABLE c (id int PRIMARY KEY, p_id int, KEY ix_new (p_id), CONSTRAINT fk_new FOREIGN KEY (p_id) REFERENCES p(id));
