CREATE TABLE leases (
  id int NOT NULL,
  unit_id int NOT NULL,
  lease_start date NOT NULL,
  lease_end date NOT NULL,
  PRIMARY KEY (id)
);
CREATE TABLE holds (
  id int NOT NULL,
  note varchar(40) NOT NULL,
  PRIMARY KEY (id)
);
