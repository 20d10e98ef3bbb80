INSERT INTO plans (id) VALUES (1);
