INSERT INTO plans VALUES (1, 'pro', 'eu', 'API,sso'), (2, 'enterprise', 'eu', 'Audit');
