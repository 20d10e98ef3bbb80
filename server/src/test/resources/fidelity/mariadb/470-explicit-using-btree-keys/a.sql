CREATE TABLE job_group (
  id int NOT NULL AUTO_INCREMENT,
  app_name varchar(64) NOT NULL,
  title varchar(64) NOT NULL,
  PRIMARY KEY (id),
  UNIQUE KEY i_app_name (app_name),
  KEY i_title (title)
) ENGINE=InnoDB;

CREATE TABLE job_log (
  id bigint NOT NULL,
  group_id int NOT NULL,
  code varchar(20) NOT NULL,
  PRIMARY KEY (id),
  KEY i_group_code (group_id, code(10))
) ENGINE=MyISAM;
