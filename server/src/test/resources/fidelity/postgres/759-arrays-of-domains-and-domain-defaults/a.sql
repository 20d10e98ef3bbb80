CREATE DOMAIN email_address AS text CHECK (VALUE ~ '^[^@]+@[^@]+$');
CREATE DOMAIN tag AS varchar(40) CHECK (VALUE = lower(VALUE));
CREATE TABLE contacts (id integer PRIMARY KEY, primary_email email_address NOT NULL, other_emails email_address[]);
