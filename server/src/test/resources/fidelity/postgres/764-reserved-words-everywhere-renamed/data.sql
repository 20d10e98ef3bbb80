INSERT INTO "user" ("group", "order", "select", "type") VALUES ('g', 1, true, 'a');
INSERT INTO "order" ("user", "from", "to") VALUES (1, '2024-01-01', '2024-02-01');
