INSERT INTO subscriptions (plan) VALUES ('pro'), (NULL);
