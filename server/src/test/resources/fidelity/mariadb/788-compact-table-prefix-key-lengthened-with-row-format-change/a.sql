CREATE TABLE urls (
  id int NOT NULL,
  url varchar(2000) NOT NULL,
  host varchar(255) NOT NULL,
  PRIMARY KEY (id),
  KEY url (url(191)),
  KEY host (host(191))
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 ROW_FORMAT=COMPACT;
