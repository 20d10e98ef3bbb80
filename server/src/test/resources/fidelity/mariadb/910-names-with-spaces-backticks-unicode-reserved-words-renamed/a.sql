CREATE TABLE `order items` (`select` int NOT NULL, `a``b` varchar(10) NOT NULL, `prix €` decimal(8,2) NOT NULL DEFAULT 0, PRIMARY KEY (`select`), KEY `idx a``b` (`a``b`));
CREATE TABLE `größe` (`key` int NOT NULL, `order` int NOT NULL, PRIMARY KEY (`key`),
  CONSTRAINT `fk größe` FOREIGN KEY (`order`) REFERENCES `order items` (`select`));
