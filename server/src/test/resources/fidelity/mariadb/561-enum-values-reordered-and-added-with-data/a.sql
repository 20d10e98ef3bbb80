CREATE TABLE orders (
  id int NOT NULL AUTO_INCREMENT,
  status enum('pending','processing','complete','canceled','holded') NOT NULL DEFAULT 'pending',
  channel enum('web','pos','api') DEFAULT NULL,
  PRIMARY KEY (id),
  KEY idx_orders_status (status)
) DEFAULT CHARSET=utf8mb4;
