SELECT count(*) = 2 AND count(*) FILTER (WHERE other_emails = '{b@x.io}') = 1 AND bool_and(balance = 0) FROM contacts
