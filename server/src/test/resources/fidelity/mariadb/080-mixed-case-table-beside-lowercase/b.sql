CREATE TABLE items (
  id int NOT NULL,
  PRIMARY KEY (id)
);
CREATE TABLE Items (
  id int NOT NULL,
  note varchar(40) DEFAULT NULL,
  PRIMARY KEY (id)
);
