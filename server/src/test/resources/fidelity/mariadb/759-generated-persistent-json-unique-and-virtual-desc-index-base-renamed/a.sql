CREATE TABLE events (
  id int NOT NULL,
  doc longtext NOT NULL CHECK (json_valid(doc)),
  PRIMARY KEY (id)
);
