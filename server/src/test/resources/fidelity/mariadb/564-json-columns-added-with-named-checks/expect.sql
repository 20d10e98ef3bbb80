SELECT json_value(attrs, '$.color') = 'red' FROM products WHERE sku = 'A-1'
SELECT COUNT(*) = 2 FROM products WHERE tags = '[]'
