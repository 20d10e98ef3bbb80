INSERT INTO `Order` VALUES (1);
INSERT INTO `order items` VALUES (1, 1, 2.50, 'x');
