SELECT COUNT(*) = 1 FROM `customer_subscription_billing_cycle_adjustment_history_archive_y` WHERE `adjustment_reason_code_supplied_by_the_upstream_billing_system_y` = 'PRORATE'
