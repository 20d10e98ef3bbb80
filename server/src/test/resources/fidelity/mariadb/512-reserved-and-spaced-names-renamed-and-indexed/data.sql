INSERT INTO `order` (`desc`, `user name`, `index`) VALUES ('first', 'ann', 1), ('second', 'bob', 2);
INSERT INTO `line item` (`order`) VALUES (1), (2);
