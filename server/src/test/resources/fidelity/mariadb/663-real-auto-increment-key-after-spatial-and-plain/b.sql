CREATE TABLE users (
  id int NOT NULL AUTO_INCREMENT,
  name varchar(50) NOT NULL,
  PRIMARY KEY (id)
);
CREATE TABLE processes (
  id bigint unsigned NOT NULL AUTO_INCREMENT,
  pid int unsigned NOT NULL DEFAULT 0,
  tasktype varchar(20) NOT NULL DEFAULT '',
  pos point NOT NULL,
  PRIMARY KEY (pid, tasktype),
  KEY tasktype (tasktype),
  SPATIAL KEY sp_pos (pos),
  KEY id (id)
) ENGINE=InnoDB;
