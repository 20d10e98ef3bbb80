INSERT INTO pgboss.job (name, data, state, singletonKey) VALUES ('email', '{"to":"a@example.org"}', 'created', 'k1'), ('email', '{}', 'completed', NULL);
