CREATE TABLE `order` (
  `key` int NOT NULL,
  `check` int NOT NULL DEFAULT 0,
  `desc` varchar(50) DEFAULT NULL,
  `index` int NOT NULL DEFAULT 1,
  PRIMARY KEY (`key`),
  KEY `index` (`index`),
  CONSTRAINT `check positive` CHECK (`check` >= 0 AND `index` > 0)
);
