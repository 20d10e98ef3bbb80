CREATE TABLE orders (
  id int NOT NULL AUTO_INCREMENT COMMENT '主键 ID',
  amount decimal(10,2) NOT NULL COMMENT 'Montant en € — TTC 🧾',
  note varchar(200) DEFAULT NULL COMMENT 'Примечание: «свободный текст»',
  PRIMARY KEY (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COMMENT='注文テーブル 📦 (orders)';
