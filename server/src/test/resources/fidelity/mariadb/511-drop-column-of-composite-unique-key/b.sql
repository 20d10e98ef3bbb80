CREATE TABLE memberships (
  id int NOT NULL AUTO_INCREMENT,
  org_id int NOT NULL,
  user_id int NOT NULL,
  PRIMARY KEY (id),
  UNIQUE KEY uq_memberships_org_user (org_id, user_id),
  KEY idx_memberships_user (user_id)
);
