SELECT COUNT(*) = 1 FROM `order lines` WHERE `a``b``c` = 'x' AND `preis €` = 2.50
