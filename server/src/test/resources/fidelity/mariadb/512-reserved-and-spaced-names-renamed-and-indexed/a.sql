CREATE TABLE `order` (
  `id` int NOT NULL AUTO_INCREMENT,
  `desc` varchar(100) DEFAULT NULL,
  `user name` varchar(50) NOT NULL,
  `index` int NOT NULL DEFAULT 0,
  PRIMARY KEY (`id`)
);
CREATE TABLE `line item` (
  `id` int NOT NULL AUTO_INCREMENT,
  `order` int NOT NULL,
  PRIMARY KEY (`id`),
  KEY `order` (`order`),
  CONSTRAINT `line item order` FOREIGN KEY (`order`) REFERENCES `order` (`id`)
);
