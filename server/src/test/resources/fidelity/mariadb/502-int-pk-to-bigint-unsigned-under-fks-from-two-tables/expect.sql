SELECT COUNT(*) = 3 FROM order_lines l JOIN products p ON p.id = l.product_id
SELECT COUNT(*) = 2 FROM product_tags t JOIN products p ON p.id = t.product_id
