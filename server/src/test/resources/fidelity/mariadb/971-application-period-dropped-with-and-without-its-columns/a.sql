CREATE TABLE leases (
  id int NOT NULL,
  unit_id int NOT NULL,
  lease_start date NOT NULL,
  lease_end date NOT NULL,
  PRIMARY KEY (id),
  PERIOD FOR lease (lease_start, lease_end),
  UNIQUE KEY uq_unit_lease (unit_id, lease WITHOUT OVERLAPS)
);
CREATE TABLE holds (
  id int NOT NULL,
  note varchar(40) NOT NULL,
  held_from datetime NOT NULL,
  held_to datetime NOT NULL,
  PRIMARY KEY (id),
  PERIOD FOR hold (held_from, held_to)
);
