create table `places` (`id` bigint unsigned not null auto_increment primary key, `name` varchar(255) not null, `created_at` timestamp null, `updated_at` timestamp null, `uuid` uuid not null, `description` text not null, `ip_address` varchar(45) null, `mac_address` varchar(17) null, `position` point not null, `remember_token` varchar(100) null) default character set utf8mb4 collate 'utf8mb4_unicode_ci';
alter table `places` add unique `places_uuid_unique`(`uuid`);
alter table `places` add fulltext `places_name_description_fulltext`(`name`, `description`);
alter table `places` add spatial index `places_position_spatialindex`(`position`);
