INSERT INTO `order` VALUES (1, 1, 'x', 3);
