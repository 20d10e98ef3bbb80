CREATE TABLE dept (
  id int NOT NULL,
  name varchar(30) NOT NULL,
  head_id int DEFAULT NULL,
  PRIMARY KEY (id),
  KEY fk_dept_head (head_id)
);
CREATE TABLE emp (
  id int NOT NULL,
  dept_id int NOT NULL,
  PRIMARY KEY (id),
  KEY fk_emp_dept (dept_id),
  CONSTRAINT fk_emp_dept FOREIGN KEY (dept_id) REFERENCES dept (id) ON UPDATE CASCADE
);
ALTER TABLE dept ADD CONSTRAINT fk_dept_head FOREIGN KEY (head_id) REFERENCES emp (id) ON DELETE SET NULL;
