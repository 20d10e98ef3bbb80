CREATE TABLE `Order` (
  `Id` int NOT NULL,
  PRIMARY KEY (`Id`)
);
CREATE TABLE `order items` (
  `id` int NOT NULL,
  `order id` int NOT NULL,
  `unit price` decimal(8,2) NOT NULL,
  `select` varchar(10) DEFAULT NULL,
  PRIMARY KEY (`id`),
  KEY `by select` (`select`),
  CONSTRAINT `order items fk` FOREIGN KEY (`order id`) REFERENCES `Order` (`Id`),
  CONSTRAINT `price >= 0` CHECK (`unit price` >= 0)
);
