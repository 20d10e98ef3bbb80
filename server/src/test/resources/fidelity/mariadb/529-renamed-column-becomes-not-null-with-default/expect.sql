SELECT COUNT(*) = 1 FROM subscriptions WHERE plan_code = 'pro'
SELECT COUNT(*) = 1 FROM subscriptions WHERE plan_code = 'free'
