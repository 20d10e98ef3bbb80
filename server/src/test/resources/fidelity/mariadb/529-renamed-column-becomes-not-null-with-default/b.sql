CREATE TABLE subscriptions (
  id int NOT NULL AUTO_INCREMENT,
  plan_code varchar(32) NOT NULL DEFAULT 'free',
  PRIMARY KEY (id),
  KEY idx_subscriptions_plan (plan_code)
);
