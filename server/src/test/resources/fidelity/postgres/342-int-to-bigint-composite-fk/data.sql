INSERT INTO tenant_user VALUES (1, 1); INSERT INTO tenant_post VALUES (1, 1, 1);
