SELECT COUNT(*) = 1 FROM catalog_product_website WHERE website_id = 2
