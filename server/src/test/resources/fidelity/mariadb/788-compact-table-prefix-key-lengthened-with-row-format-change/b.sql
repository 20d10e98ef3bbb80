CREATE TABLE urls (
  id int NOT NULL,
  url varchar(2000) NOT NULL,
  host varchar(255) NOT NULL,
  PRIMARY KEY (id),
  KEY url (url(500)),
  KEY host (host)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 ROW_FORMAT=DYNAMIC;
