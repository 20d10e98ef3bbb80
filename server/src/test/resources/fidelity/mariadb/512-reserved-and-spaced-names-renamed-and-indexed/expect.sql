SELECT COUNT(*) = 2 FROM `order` WHERE `description` IN ('first', 'second')
