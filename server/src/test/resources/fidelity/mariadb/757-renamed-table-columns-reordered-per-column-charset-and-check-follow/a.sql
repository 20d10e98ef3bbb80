CREATE TABLE prod (
  id int NOT NULL AUTO_INCREMENT,
  descr varchar(200) DEFAULT NULL,
  price decimal(10,2) NOT NULL DEFAULT 0.00,
  code varchar(30) CHARACTER SET latin1 NOT NULL,
  qty int NOT NULL DEFAULT 0,
  PRIMARY KEY (id),
  UNIQUE KEY code (code),
  CONSTRAINT qty_positive CHECK (qty >= 0)
) DEFAULT CHARSET=utf8mb4;
