CREATE TABLE p (id int PRIMARY KEY);
CREATE TABLE c (id int PRIMARY KEY, pid int, x int, KEY ix_pid_x (pid, x), CONSTRAINT fk FOREIGN KEY (pid) REFERENCES p (id));
