INSERT INTO subscriptions VALUES (1);
INSERT INTO `customer_subscription_billing_cycle_adjustment_history_records_x` VALUES (1, 1, 'PRORATE');
