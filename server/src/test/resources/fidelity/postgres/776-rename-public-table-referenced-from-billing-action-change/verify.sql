SELECT (SELECT count(*) FROM billing.payments WHERE account_id = 1 AND subscription_id = 1) = 1 AND (SELECT account_id FROM billing.subscriptions) = 1
