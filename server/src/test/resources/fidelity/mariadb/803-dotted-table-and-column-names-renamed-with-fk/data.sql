INSERT INTO `shop.orders` VALUES (1, 'Ada');
INSERT INTO `shop.order_lines` VALUES (1, 1, 3);
