CREATE TABLE `users` (
  `id` bigint NOT NULL AUTO_INCREMENT PRIMARY KEY,
  `first_name` varchar(255),
  `last_name` varchar(255),
  `created_at` datetime(6) NOT NULL,
  `updated_at` datetime(6) NOT NULL,
  `full_name` varchar(255) AS (concat(first_name, ' ', last_name)) STORED,
  `age` int DEFAULT NULL,
  INDEX `index_users_on_last_name_and_created_at` (`last_name`, `created_at` DESC),
  CONSTRAINT `age_check` CHECK (age >= 0)
);
