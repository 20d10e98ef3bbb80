CREATE TABLE orders (
  id int NOT NULL,
  shipped date DEFAULT NULL,
  created datetime NOT NULL DEFAULT current_timestamp(),
  touched timestamp NOT NULL DEFAULT current_timestamp() ON UPDATE current_timestamp(),
  PRIMARY KEY (id)
);
