INSERT INTO eav_attribute (attribute_id, attribute_code, backend_type) VALUES (77, 'price', 'decimal');
INSERT INTO catalog_product_entity (entity_id, sku) VALUES (1, 'SKU-1');
INSERT INTO catalog_product_entity_decimal (attribute_id, store_id, entity_id, value) VALUES (77, 0, 1, 19.9900);
INSERT INTO search_query (query_text, num_results, redirect) VALUES ('red shoes', 3, NULL);
