SELECT "TotalCents" = 1000 AND "UnitPriceCents" = 250 FROM "Shop"."Item"
