INSERT INTO `Order` (`Id`, `select`, `Key Name`, `where`, `CamelCase`) VALUES (1, 's', 'one', 7, 1), (2, NULL, 'two', NULL, 0);
