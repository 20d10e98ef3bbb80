CREATE TABLE tenant (
  id int NOT NULL,
  PRIMARY KEY (id)
);
CREATE TABLE membership (
  tenant_id int NOT NULL,
  user_id int NOT NULL,
  PRIMARY KEY (tenant_id, user_id),
  KEY idx_user_since (user_id),
  CONSTRAINT fk_m_tenant FOREIGN KEY (tenant_id) REFERENCES tenant (id)
);
