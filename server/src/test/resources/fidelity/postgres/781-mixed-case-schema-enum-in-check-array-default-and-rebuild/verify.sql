SELECT count(*) = 2 AND count(*) FILTER (WHERE "tags" = '{VIP}' AND "primaryTag" = 'VIP') = 1 FROM "Billing"."Account"
