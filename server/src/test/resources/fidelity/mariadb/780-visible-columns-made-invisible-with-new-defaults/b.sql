CREATE TABLE owners (
  id int NOT NULL,
  PRIMARY KEY (id)
);
CREATE TABLE pets (
  id int NOT NULL,
  name varchar(30) NOT NULL,
  owner_id int DEFAULT NULL INVISIBLE,
  rev smallint NOT NULL DEFAULT 1 INVISIBLE,
  PRIMARY KEY (id),
  KEY owner_id (owner_id),
  CONSTRAINT pets_owner FOREIGN KEY (owner_id) REFERENCES owners (id)
);
