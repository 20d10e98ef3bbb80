CREATE TABLE departments (
  id int NOT NULL,
  head_id int DEFAULT NULL,
  PRIMARY KEY (id),
  KEY head_id (head_id)
);
CREATE TABLE employees (
  id int NOT NULL,
  dept_id int NOT NULL,
  PRIMARY KEY (id),
  KEY dept_id (dept_id),
  CONSTRAINT employees_dept FOREIGN KEY (dept_id) REFERENCES departments (id)
);
ALTER TABLE departments ADD CONSTRAINT departments_head FOREIGN KEY (head_id) REFERENCES employees (id) ON DELETE SET NULL;
