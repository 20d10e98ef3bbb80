create table `users` (`id` bigint unsigned not null auto_increment primary key, `name` varchar(191) not null, `email` varchar(191) not null, `settings` json null, `email_verified_at` timestamp null, `password` varchar(255) not null, `remember_token` varchar(100) null, `created_at` timestamp null, `updated_at` timestamp null, `deleted_at` timestamp null) default character set utf8mb4 collate 'utf8mb4_unicode_ci';
alter table `users` add unique `users_email_unique`(`email`);
alter table `users` add index `users_deleted_at_index`(`deleted_at`);
create table `tags` (`id` bigint unsigned not null auto_increment primary key, `name` json not null, `slug` json not null, `order_column` int null, `created_at` timestamp null, `updated_at` timestamp null) default character set utf8mb4 collate 'utf8mb4_unicode_ci';
create table `taggables` (`tag_id` bigint unsigned not null, `taggable_type` varchar(255) not null, `taggable_id` bigint unsigned not null) default character set utf8mb4 collate 'utf8mb4_unicode_ci';
alter table `taggables` add index `taggables_taggable_type_taggable_id_index`(`taggable_type`, `taggable_id`);
alter table `taggables` add constraint `taggables_tag_id_foreign` foreign key (`tag_id`) references `tags` (`id`) on delete cascade;
alter table `taggables` add unique `taggables_tag_id_taggable_id_taggable_type_unique`(`tag_id`, `taggable_id`, `taggable_type`);
