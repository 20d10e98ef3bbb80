SELECT SUM(unit_price_cents) = 350 AND SUM(total_cents) = 800 FROM items
