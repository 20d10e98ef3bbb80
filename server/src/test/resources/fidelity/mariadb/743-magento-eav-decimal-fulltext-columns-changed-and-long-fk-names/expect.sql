SELECT COUNT(*) = 1 FROM catalog_product_entity_decimal WHERE value = 19.99 AND entity_id = 1
SELECT COUNT(*) = 1 FROM search_query WHERE MATCH (query_text, redirect) AGAINST ('shoes')
