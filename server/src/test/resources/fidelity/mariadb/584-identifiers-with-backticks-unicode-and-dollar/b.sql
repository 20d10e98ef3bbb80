CREATE TABLE `données` (
  id int NOT NULL,
  `prénom` varchar(80) NOT NULL,
  `we``ird` bigint DEFAULT NULL,
  `cost$` decimal(8,2) DEFAULT NULL,
  `größe` int DEFAULT NULL COMMENT 'taille',
  PRIMARY KEY (id),
  KEY `idx_prénom` (`prénom`),
  KEY `idx_we``ird` (`we``ird`, `cost$`)
) DEFAULT CHARSET=utf8mb4;
