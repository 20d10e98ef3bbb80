CREATE TABLE orders (
  id int NOT NULL AUTO_INCREMENT,
  status enum('new','pending','processing','holded','complete','canceled','closed') NOT NULL DEFAULT 'new',
  channel enum('api','web','pos','mobile') DEFAULT 'web',
  PRIMARY KEY (id),
  KEY idx_orders_status (status)
) DEFAULT CHARSET=utf8mb4;
