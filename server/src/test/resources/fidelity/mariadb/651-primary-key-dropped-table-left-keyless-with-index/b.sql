CREATE TABLE t (
  id int NOT NULL,
  name varchar(10) DEFAULT NULL,
  KEY idx_t_id (id)
);
