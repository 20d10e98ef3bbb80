-- Navicat-style keys: every one written USING BTREE (SHOW CREATE TABLE keeps the words, STATISTICS does not say them)
CREATE TABLE job_group (
  id int NOT NULL AUTO_INCREMENT,
  app_name varchar(64) NOT NULL,
  title varchar(64) NOT NULL,
  PRIMARY KEY (id) USING BTREE,
  UNIQUE KEY i_app_name (app_name) USING BTREE,
  KEY i_title (title) USING BTREE COMMENT 'by title'
) ENGINE=InnoDB;

CREATE TABLE job_log (
  id bigint NOT NULL,
  group_id int NOT NULL,
  code varchar(20) NOT NULL,
  PRIMARY KEY (id) USING BTREE,
  KEY i_group_code (group_id, code(10)) USING BTREE
) ENGINE=MyISAM;
