CREATE TABLE `shop.orders` (
  `id` int NOT NULL,
  `cust.name` varchar(50) NOT NULL,
  PRIMARY KEY (`id`)
);
CREATE TABLE `shop.order_lines` (
  `id` int NOT NULL,
  `order.id` int NOT NULL,
  `qty` int NOT NULL,
  PRIMARY KEY (`id`),
  KEY `order.id` (`order.id`),
  CONSTRAINT `fk.lines.order` FOREIGN KEY (`order.id`) REFERENCES `shop.orders` (`id`)
);
