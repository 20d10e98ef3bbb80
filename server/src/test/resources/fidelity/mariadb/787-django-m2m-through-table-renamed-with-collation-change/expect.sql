SELECT COUNT(*) = 1 FROM shop_productcategory WHERE product_id = 1 AND category_id = 1 AND position = 0
