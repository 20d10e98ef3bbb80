CREATE DOMAIN "Name" AS varchar(50);
CREATE TABLE person ("FirstName" "Name" NOT NULL, "LastName" "Name");
