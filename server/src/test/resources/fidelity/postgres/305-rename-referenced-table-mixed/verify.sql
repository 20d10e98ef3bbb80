SELECT count(*) = 1 FROM orders o JOIN "Clients" c ON c."Id" = o.customer_id WHERE c."Email" = 'a@x'
