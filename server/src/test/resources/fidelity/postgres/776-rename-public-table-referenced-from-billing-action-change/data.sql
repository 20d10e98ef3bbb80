INSERT INTO customers (name) VALUES ('acme');
INSERT INTO billing.subscriptions (customer_id, plan) VALUES (1, 'pro');
INSERT INTO billing.payments (subscription_id, customer_id) VALUES (1, 1);
