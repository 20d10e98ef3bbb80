CREATE DOMAIN "Name" AS varchar(50);
