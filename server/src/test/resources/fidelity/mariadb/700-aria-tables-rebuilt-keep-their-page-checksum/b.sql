CREATE TABLE notes (
  id int NOT NULL,
  body varchar(50) DEFAULT NULL,
  tag varchar(10) DEFAULT NULL,
  PRIMARY KEY (id),
  KEY tag (tag)
) ENGINE=Aria TRANSACTIONAL=0;
CREATE TABLE raw (
  id int NOT NULL,
  n int DEFAULT NULL,
  PRIMARY KEY (id)
) ENGINE=Aria PAGE_CHECKSUM=0;
