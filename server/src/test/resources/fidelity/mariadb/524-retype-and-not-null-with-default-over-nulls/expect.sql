SELECT COUNT(*) = 1 FROM cart_items WHERE qty = 1 AND kind = 'std' AND seen_at IS NOT NULL AND flag = b'0' AND price = 1.50
SELECT COUNT(*) = 1 FROM cart_items WHERE qty = 3 AND kind = 'gift' AND price = 2.00
