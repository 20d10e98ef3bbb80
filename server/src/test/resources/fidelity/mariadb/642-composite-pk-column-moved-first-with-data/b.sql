CREATE TABLE m (
  tenant int NOT NULL,
  id int NOT NULL,
  note varchar(10) DEFAULT NULL,
  PRIMARY KEY (tenant, id)
);
