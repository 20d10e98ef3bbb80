INSERT INTO `key` VALUES (1, 2);
INSERT INTO `Order Items` VALUES (1, 'x', 1);
