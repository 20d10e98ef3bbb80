SELECT count(*) FILTER (WHERE "Qty" = 1) = 2 AND count(*) FILTER (WHERE "Qty" = 3) = 1
   AND count(*) FILTER (WHERE "Unit Price" = 0) = 1 AND sum("Unit Price") = 11.49 FROM billing."Items"
