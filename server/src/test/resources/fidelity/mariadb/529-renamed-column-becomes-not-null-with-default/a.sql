CREATE TABLE subscriptions (
  id int NOT NULL AUTO_INCREMENT,
  plan varchar(20) DEFAULT NULL,
  PRIMARY KEY (id),
  KEY idx_subscriptions_plan (plan)
);
