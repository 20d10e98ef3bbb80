CREATE TABLE user_role (
  user_id int NOT NULL,
  role_id int NOT NULL,
  granted datetime DEFAULT NULL,
  PRIMARY KEY (user_id, role_id)
) COMMENT='who has what';
