INSERT INTO "Billing"."Account" VALUES (1, '{VIP}', 'VIP'), (2, DEFAULT, NULL);
