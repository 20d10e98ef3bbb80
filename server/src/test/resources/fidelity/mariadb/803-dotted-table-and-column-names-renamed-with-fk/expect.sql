SELECT COUNT(*) = 1 FROM `shop.lines` WHERE `qty.ordered` = 3
SELECT COUNT(*) = 1 FROM `shop.orders` WHERE `customer.name` = 'Ada'
