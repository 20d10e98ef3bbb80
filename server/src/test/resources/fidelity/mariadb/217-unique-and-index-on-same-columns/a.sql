CREATE TABLE emails (
  id int NOT NULL,
  user_id int NOT NULL,
  address varchar(100) NOT NULL,
  PRIMARY KEY (id),
  KEY idx_user_address (user_id, address)
);
