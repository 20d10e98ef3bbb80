CREATE TABLE p (id int PRIMARY KEY);
CREATE TABLE child (id int PRIMARY KEY, p_id int, FOREIGN KEY (p_id) REFERENCES p(id));
