CREATE TABLE `accounts_user` (`id` char(32) NOT NULL PRIMARY KEY, `email` varchar(254) NOT NULL UNIQUE);
CREATE TABLE `accounts_session` (`id` bigint AUTO_INCREMENT NOT NULL PRIMARY KEY, `user_id` char(32) NOT NULL, `token` char(32) NOT NULL UNIQUE);
ALTER TABLE `accounts_session` ADD CONSTRAINT `accounts_session_user_id_3f1c2a9d_fk_accounts_user_id` FOREIGN KEY (`user_id`) REFERENCES `accounts_user` (`id`);
