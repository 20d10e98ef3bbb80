SELECT count(*) = 2 FROM "Order" o JOIN "Customer" c ON c."Id" = o."CustomerId"
