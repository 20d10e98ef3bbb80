CREATE TABLE user_roles (
  user_id int NOT NULL,
  role_id int NOT NULL,
  granted datetime(3) DEFAULT NULL,
  PRIMARY KEY (role_id, user_id),
  KEY idx_user (user_id)
) COMMENT='who has what; "roles"' COLLATE=utf8mb4_unicode_ci;
