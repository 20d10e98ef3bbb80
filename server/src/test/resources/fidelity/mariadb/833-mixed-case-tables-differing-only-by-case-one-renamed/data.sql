INSERT INTO `Users` VALUES (1, 'Ada');
INSERT INTO `users` VALUES (7, 'ada');
INSERT INTO `Orders` VALUES (1, 1);
