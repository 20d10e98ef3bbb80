CREATE TABLE `order lines` (`select` int NOT NULL, `a``b``c` varchar(20) NOT NULL, `preis €` decimal(8,2) NOT NULL DEFAULT 0, PRIMARY KEY (`select`), KEY `idx a``b` (`a``b``c`));
CREATE TABLE `größe` (`key` int NOT NULL, `order` int NOT NULL, `from` date DEFAULT NULL, PRIMARY KEY (`key`),
  CONSTRAINT `fk größe` FOREIGN KEY (`order`) REFERENCES `order lines` (`select`));
