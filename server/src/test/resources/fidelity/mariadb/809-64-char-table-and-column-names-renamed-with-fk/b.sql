CREATE TABLE subscriptions (id int NOT NULL, PRIMARY KEY (id));
CREATE TABLE `customer_subscription_billing_cycle_adjustment_history_archive_y` (
  id int NOT NULL,
  subscription_id int NOT NULL,
  `adjustment_reason_code_supplied_by_the_upstream_billing_system_y` varchar(40) NOT NULL,
  PRIMARY KEY (id),
  KEY `adjustment_reason_code_supplied_by_the_upstream_billing_system_x` (`adjustment_reason_code_supplied_by_the_upstream_billing_system_y`),
  CONSTRAINT `fk_adjustment_history_subscription_id_references_subscriptions` FOREIGN KEY (subscription_id) REFERENCES subscriptions (id) ON DELETE CASCADE
);
