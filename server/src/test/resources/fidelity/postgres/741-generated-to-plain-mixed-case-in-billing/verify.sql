SELECT count(*) = 2 AND sum("AmountCents") = 1900 FROM billing."Invoice"
