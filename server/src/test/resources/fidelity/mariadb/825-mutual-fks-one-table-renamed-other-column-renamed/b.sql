CREATE TABLE teams (
  id int NOT NULL,
  lead_id int DEFAULT NULL,
  PRIMARY KEY (id),
  KEY head_id (lead_id)
);
CREATE TABLE employees (
  id int NOT NULL,
  team_id int NOT NULL,
  PRIMARY KEY (id),
  KEY dept_id (team_id),
  CONSTRAINT employees_dept FOREIGN KEY (team_id) REFERENCES teams (id)
);
ALTER TABLE teams ADD CONSTRAINT departments_head FOREIGN KEY (lead_id) REFERENCES employees (id) ON DELETE SET NULL;
