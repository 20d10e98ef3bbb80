CREATE TABLE `shop_product` (`id` bigint AUTO_INCREMENT NOT NULL PRIMARY KEY, `sku` varchar(32) NOT NULL UNIQUE) DEFAULT CHARSET=utf8mb3;
CREATE TABLE `shop_category` (`id` bigint AUTO_INCREMENT NOT NULL PRIMARY KEY, `slug` varchar(50) NOT NULL UNIQUE) DEFAULT CHARSET=utf8mb3;
CREATE TABLE `shop_product_categories` (`id` bigint AUTO_INCREMENT NOT NULL PRIMARY KEY, `product_id` bigint NOT NULL, `category_id` bigint NOT NULL) DEFAULT CHARSET=utf8mb3;
ALTER TABLE `shop_product_categories` ADD CONSTRAINT `shop_product_categories_product_id_category_id_1a2b3c4d_uniq` UNIQUE (`product_id`, `category_id`);
ALTER TABLE `shop_product_categories` ADD CONSTRAINT `shop_product_categor_product_id_5e6f7a8b_fk_shop_prod` FOREIGN KEY (`product_id`) REFERENCES `shop_product` (`id`);
ALTER TABLE `shop_product_categories` ADD CONSTRAINT `shop_product_categor_category_id_9c0d1e2f_fk_shop_cate` FOREIGN KEY (`category_id`) REFERENCES `shop_category` (`id`);
CREATE INDEX `shop_product_categories_category_id_3f4a5b6c` ON `shop_product_categories` (`category_id`);
