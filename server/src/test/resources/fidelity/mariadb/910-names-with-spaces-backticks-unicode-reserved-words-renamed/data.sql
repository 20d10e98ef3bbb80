INSERT INTO `order items` VALUES (1, 'x', 2.50);
INSERT INTO `größe` VALUES (10, 1);
