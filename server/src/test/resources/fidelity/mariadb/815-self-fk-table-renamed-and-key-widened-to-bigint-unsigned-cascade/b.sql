CREATE TABLE thread_comments (
  id bigint unsigned NOT NULL AUTO_INCREMENT,
  reply_to_id bigint unsigned DEFAULT NULL,
  body text NOT NULL,
  PRIMARY KEY (id),
  KEY parent_id (reply_to_id),
  CONSTRAINT comments_parent FOREIGN KEY (reply_to_id) REFERENCES thread_comments (id) ON DELETE CASCADE ON UPDATE CASCADE
);
