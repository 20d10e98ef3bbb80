CREATE TABLE p (id int PRIMARY KEY);
CREATE TABLE c (id int PRIMARY KEY, pid int, KEY ix_pid (pid), CONSTRAINT fk FOREIGN KEY (pid) REFERENCES p (id));
