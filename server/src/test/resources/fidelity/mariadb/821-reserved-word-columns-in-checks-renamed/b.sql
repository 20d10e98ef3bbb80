CREATE TABLE `order` (
  `key` int NOT NULL,
  `verified` int NOT NULL DEFAULT 0 CHECK (`verified` in (0,1)),
  `desc` varchar(50) DEFAULT NULL,
  `position` int NOT NULL DEFAULT 1,
  PRIMARY KEY (`key`),
  KEY `index` (`position`),
  CONSTRAINT `check positive` CHECK (`verified` >= 0 AND `position` > 0)
);
