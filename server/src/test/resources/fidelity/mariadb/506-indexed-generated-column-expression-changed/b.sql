CREATE TABLE people (
  id int NOT NULL AUTO_INCREMENT,
  first_name varchar(50) NOT NULL,
  last_name varchar(50) NOT NULL,
  full_name varchar(101) GENERATED ALWAYS AS (concat(last_name,', ',first_name)) VIRTUAL,
  email varchar(100) NOT NULL,
  email_domain varchar(100) AS (lower(substring_index(email,'@',-1))) STORED,
  PRIMARY KEY (id),
  KEY idx_people_full_name (full_name),
  KEY idx_people_domain_name (email_domain, last_name)
);
