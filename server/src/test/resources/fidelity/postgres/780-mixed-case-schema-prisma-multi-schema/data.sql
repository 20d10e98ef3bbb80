INSERT INTO "User" VALUES ('u1', 'a@x.io');
INSERT INTO "Billing"."Invoice" ("userId", "state", "amountCents") VALUES ('u1', 'PAID', 1250);
