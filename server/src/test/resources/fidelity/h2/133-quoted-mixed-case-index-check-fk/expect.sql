SELECT "Total" = 9.5 FROM "Invoice"
