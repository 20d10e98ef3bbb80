CREATE TABLE orders (
  id int NOT NULL AUTO_INCREMENT COMMENT '主键',
  amount decimal(10,2) NOT NULL COMMENT 'Betrag in €',
  note varchar(200) DEFAULT NULL,
  PRIMARY KEY (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COMMENT='订单表';
