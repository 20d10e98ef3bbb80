CREATE TABLE p (id int PRIMARY KEY);
CREATE TABLE c (id int PRIMARY KEY, p_id int, x int, y int, KEY ix_px (p_id, x), UNIQUE KEY uq_yp (y, p_id), CONSTRAINT fk_old FOREIGN KEY (p_id) REFERENCES p(id), CONSTRAINT fk_y_old FOREIGN KEY (y) REFERENCES p(id));
