CREATE TABLE users (
  id int NOT NULL AUTO_INCREMENT,
  email varchar(100) NOT NULL,
  PRIMARY KEY (id)
);
CREATE TABLE user_roles (
  user_id int NOT NULL,
  role varchar(20) NOT NULL,
  PRIMARY KEY (user_id, role),
  CONSTRAINT fk_user_roles_user FOREIGN KEY (user_id) REFERENCES users (id) ON DELETE CASCADE
);
CREATE TABLE grants (
  id int NOT NULL AUTO_INCREMENT,
  user_id int NOT NULL,
  role varchar(20) NOT NULL,
  PRIMARY KEY (id),
  KEY fk_grants_role (user_id, role),
  CONSTRAINT fk_grants_role FOREIGN KEY (user_id, role) REFERENCES user_roles (user_id, role) ON UPDATE CASCADE
);
