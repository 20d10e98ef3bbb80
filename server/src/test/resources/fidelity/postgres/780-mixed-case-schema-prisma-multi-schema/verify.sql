SELECT count(*) = 1 AND bool_and("ownerId" = 'u1' AND "state" = 'PAID' AND "amount" = 1250) FROM "Billing"."Invoice"
