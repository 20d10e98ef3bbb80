INSERT INTO `données` VALUES (1, 'Zoë', 7, 1.25);
