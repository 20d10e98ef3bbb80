CREATE TABLE emails (
  id int NOT NULL,
  user_id int NOT NULL,
  address varchar(100) NOT NULL,
  PRIMARY KEY (id),
  UNIQUE KEY uq_user_address (user_id, address),
  KEY idx_user_address (user_id, address),
  KEY idx_address (address),
  UNIQUE KEY uq_address (address)
);
