CREATE TABLE `library_author` (`id` bigint AUTO_INCREMENT NOT NULL PRIMARY KEY, `name` varchar(100) NOT NULL);
CREATE TABLE `library_book` (`id` bigint AUTO_INCREMENT NOT NULL PRIMARY KEY, `title` varchar(200) NOT NULL, `position` smallint UNSIGNED NOT NULL CHECK (`position` >= 0), `meta` longtext CHARACTER SET utf8mb4 COLLATE utf8mb4_bin NOT NULL CHECK (JSON_VALID(`meta`)), `published` date NULL, `author_id` bigint NOT NULL);
ALTER TABLE `library_book` ADD CONSTRAINT `library_book_author_id_title_8b7e5f3a_uniq` UNIQUE (`author_id`, `title`);
ALTER TABLE `library_book` ADD CONSTRAINT `library_book_author_id_0f7e5a1c_fk_library_author_id` FOREIGN KEY (`author_id`) REFERENCES `library_author` (`id`);
CREATE INDEX `library_book_title_4e1c2b_idx` ON `library_book` (`title`);
