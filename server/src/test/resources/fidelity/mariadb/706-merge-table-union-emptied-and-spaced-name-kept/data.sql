INSERT INTO log1 VALUES (1, 'a');
INSERT INTO `old log` VALUES (2, 'b');
