CREATE TABLE terms (
  term_id bigint(20) unsigned NOT NULL AUTO_INCREMENT,
  name varchar(255) NOT NULL DEFAULT '',
  slug varchar(255) NOT NULL DEFAULT '',
  PRIMARY KEY (term_id),
  UNIQUE KEY slug (slug),
  KEY name (name)
) ENGINE=MyISAM DEFAULT CHARSET=utf8mb3;
