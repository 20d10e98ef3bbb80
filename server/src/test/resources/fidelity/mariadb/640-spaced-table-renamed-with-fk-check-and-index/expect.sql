SELECT COUNT(*) = 1 FROM `order lines`
