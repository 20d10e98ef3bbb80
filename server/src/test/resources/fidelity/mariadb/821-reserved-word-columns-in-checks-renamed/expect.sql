SELECT COUNT(*) = 1 FROM `order` WHERE `verified` = 1 AND `position` = 3
