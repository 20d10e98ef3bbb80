INSERT INTO billing."Invoice" (id, "Amount") VALUES (1, 7), (2, 12);
INSERT INTO billing.refunds VALUES (1, 2);
