CREATE TABLE t (
  code varchar(10) NOT NULL,
  id int NOT NULL,
  num int unsigned NOT NULL AUTO_INCREMENT,
  PRIMARY KEY (code),
  UNIQUE KEY uk_t_id (id),
  KEY k_t_num (num)
);
