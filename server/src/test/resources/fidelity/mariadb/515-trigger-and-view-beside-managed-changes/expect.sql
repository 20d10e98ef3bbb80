SELECT COUNT(*) = 1 FROM low_stock WHERE item = 'bolt'
SELECT COUNT(*) = 1 FROM stock_log
