CREATE TABLE customers (
  id int NOT NULL AUTO_INCREMENT,
  first_name varchar(50) NOT NULL,
  last_name varchar(50) NOT NULL,
  email varchar(191) NOT NULL,
  full_name varchar(101) GENERATED ALWAYS AS (concat(first_name,' ',last_name)) VIRTUAL,
  email_lower varchar(191) GENERATED ALWAYS AS (lcase(email)) STORED,
  email_domain varchar(191) AS (substring_index(email,'@',-1)) VIRTUAL COMMENT 'domain part',
  PRIMARY KEY (id),
  UNIQUE KEY uq_email_lower (email_lower),
  KEY idx_full_name (full_name),
  KEY idx_domain (email_domain(20))
) DEFAULT CHARSET=utf8mb4;
