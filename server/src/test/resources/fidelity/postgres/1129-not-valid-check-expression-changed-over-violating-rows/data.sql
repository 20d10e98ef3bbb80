INSERT INTO stock VALUES (1, -1), (2, 5);
ALTER TABLE stock ADD CONSTRAINT stock_qty_check CHECK (qty > 0) NOT VALID;
