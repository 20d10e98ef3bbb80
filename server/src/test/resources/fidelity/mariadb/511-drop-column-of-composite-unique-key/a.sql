CREATE TABLE memberships (
  id int NOT NULL AUTO_INCREMENT,
  org_id int NOT NULL,
  user_id int NOT NULL,
  role varchar(20) NOT NULL,
  PRIMARY KEY (id),
  UNIQUE KEY uq_memberships_org_user_role (org_id, user_id, role),
  KEY idx_memberships_user (user_id)
);
