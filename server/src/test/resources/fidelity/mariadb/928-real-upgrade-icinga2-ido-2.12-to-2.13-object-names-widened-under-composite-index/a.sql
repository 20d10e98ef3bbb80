-- Icinga 2 IDO MySQL schema v2.12.12 (github Icinga/icinga2 tag v2.12.12, lib/db_ido_mysql/schema/mysql.sql): icinga_objects, which 2.13 alters, and icinga_dbversion
CREATE TABLE IF NOT EXISTS icinga_dbversion (
  dbversion_id bigint(20) unsigned NOT NULL AUTO_INCREMENT,
  name varchar(10) character set latin1  default '',
  version varchar(10) character set latin1  default '',
  create_time timestamp NULL,
  modify_time timestamp NULL,
  PRIMARY KEY (dbversion_id),
  UNIQUE KEY dbversion (name)
) ENGINE=InnoDB;

CREATE TABLE IF NOT EXISTS icinga_objects (
  object_id bigint(20) unsigned NOT NULL AUTO_INCREMENT,
  instance_id bigint unsigned default 0,
  objecttype_id bigint unsigned default 0,
  name1 varchar(128) character set latin1 collate latin1_general_cs  default '',
  name2 varchar(128) character set latin1 collate latin1_general_cs default NULL,
  is_active smallint default 0,
  PRIMARY KEY  (object_id),
  KEY objecttype_id (objecttype_id,name1,name2)
) ENGINE=InnoDB  COMMENT='Current and historical objects of all kinds';

CREATE INDEX objects_name1_idx ON icinga_objects(name1);

CREATE INDEX objects_name2_idx ON icinga_objects(name2);

CREATE INDEX objects_inst_id_idx ON icinga_objects(instance_id);

CREATE INDEX sla_idx_obj ON icinga_objects (objecttype_id, is_active, name1);
