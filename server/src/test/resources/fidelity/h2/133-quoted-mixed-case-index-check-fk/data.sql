INSERT INTO "Customer" VALUES (1, 'a@x');
INSERT INTO "Invoice" VALUES (1, 1, 9.5);
