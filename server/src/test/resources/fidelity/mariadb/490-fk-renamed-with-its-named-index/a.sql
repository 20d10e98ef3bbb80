CREATE TABLE p (id int PRIMARY KEY);
CREATE TABLE c (id int PRIMARY KEY, p_id int, KEY ix_old (p_id), CONSTRAINT fk_old FOREIGN KEY (p_id) REFERENCES p(id));
