CREATE TABLE `library_author` (`id` bigint AUTO_INCREMENT NOT NULL PRIMARY KEY, `name` varchar(100) NOT NULL, `born` smallint UNSIGNED NULL CHECK (`born` >= 0));
CREATE TABLE `library_book` (`id` bigint AUTO_INCREMENT NOT NULL PRIMARY KEY, `title` varchar(200) NOT NULL, `position` integer UNSIGNED NOT NULL CHECK (`position` >= 0), `meta` longtext CHARACTER SET utf8mb4 COLLATE utf8mb4_bin NOT NULL CHECK (JSON_VALID(`meta`)), `published` date NULL, `author_id` bigint NOT NULL, `isbn` varchar(13) NOT NULL DEFAULT '');
ALTER TABLE `library_book` ADD CONSTRAINT `library_book_author_id_title_8b7e5f3a_uniq` UNIQUE (`author_id`, `title`);
ALTER TABLE `library_book` ADD CONSTRAINT `library_book_author_id_0f7e5a1c_fk_library_author_id` FOREIGN KEY (`author_id`) REFERENCES `library_author` (`id`);
ALTER TABLE `library_book` ADD CONSTRAINT `isbn_or_empty` CHECK (`isbn` = '' OR CHAR_LENGTH(`isbn`) = 13);
CREATE INDEX `library_book_published_9a8b7c_idx` ON `library_book` (`published` DESC, `title`);
