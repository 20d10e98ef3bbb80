CREATE TABLE `order` (
  `id` int NOT NULL AUTO_INCREMENT,
  `description` varchar(200) DEFAULT NULL,
  `user name` varchar(80) NOT NULL,
  `index` int NOT NULL DEFAULT 0,
  `group` varchar(20) NOT NULL DEFAULT 'all',
  PRIMARY KEY (`id`),
  KEY `user name idx` (`user name`),
  UNIQUE KEY `key` (`index`, `group`)
);
CREATE TABLE `line item` (
  `id` int NOT NULL AUTO_INCREMENT,
  `order` int NOT NULL,
  `from` date DEFAULT NULL,
  PRIMARY KEY (`id`),
  KEY `order` (`order`),
  CONSTRAINT `line item order` FOREIGN KEY (`order`) REFERENCES `order` (`id`) ON DELETE CASCADE
);
