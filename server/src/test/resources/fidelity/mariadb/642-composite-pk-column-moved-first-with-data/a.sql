CREATE TABLE m (
  id int NOT NULL,
  note varchar(10) DEFAULT NULL,
  tenant int NOT NULL,
  PRIMARY KEY (tenant, id)
);
