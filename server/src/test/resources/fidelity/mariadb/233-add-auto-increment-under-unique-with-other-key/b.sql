CREATE TABLE tickets (
  code char(8) NOT NULL,
  title varchar(60) NOT NULL,
  num int unsigned NOT NULL AUTO_INCREMENT,
  PRIMARY KEY (code),
  UNIQUE KEY uq_num_title (num, title)
);
