SELECT "Quantity" = 3 FROM "OrderLine"
