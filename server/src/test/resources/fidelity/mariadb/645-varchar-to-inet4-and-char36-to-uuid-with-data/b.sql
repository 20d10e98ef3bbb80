CREATE TABLE nodes (
  id int NOT NULL,
  ip inet4 DEFAULT NULL,
  u uuid NOT NULL,
  PRIMARY KEY (id),
  UNIQUE KEY uk_nodes_u (u)
);
