SELECT count(*) = 2 AND count(*) FILTER (WHERE position = 1 AND total_cents = 300) = 1 FROM billing.line_items
