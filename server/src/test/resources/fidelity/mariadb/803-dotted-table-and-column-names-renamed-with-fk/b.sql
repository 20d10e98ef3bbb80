CREATE TABLE `shop.orders` (
  `id` int NOT NULL,
  `customer.name` varchar(80) NOT NULL,
  PRIMARY KEY (`id`)
);
CREATE TABLE `shop.lines` (
  `id` int NOT NULL,
  `order.id` int NOT NULL,
  `qty.ordered` int NOT NULL,
  PRIMARY KEY (`id`),
  KEY `order.id` (`order.id`),
  CONSTRAINT `fk.lines.order` FOREIGN KEY (`order.id`) REFERENCES `shop.orders` (`id`) ON DELETE CASCADE
);
