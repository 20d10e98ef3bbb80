SELECT sum(quantity) = 12 AND string_agg(title, ',' ORDER BY id) = 'pen,ink' AND sum(cost) = 3.75 FROM items
