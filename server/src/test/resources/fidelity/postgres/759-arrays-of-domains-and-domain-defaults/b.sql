CREATE DOMAIN email_address AS text CHECK (VALUE ~ '^[^@]+@[^@]+$');
CREATE DOMAIN tag AS varchar(40) CHECK (VALUE = lower(VALUE));
CREATE DOMAIN positive_cents AS bigint DEFAULT 0 NOT NULL CHECK (VALUE >= 0);
CREATE TABLE contacts (id integer PRIMARY KEY, primary_email email_address NOT NULL, other_emails email_address[] NOT NULL DEFAULT '{}', tags tag[] DEFAULT ARRAY['new']::tag[], balance positive_cents, history positive_cents[]);
CREATE INDEX contacts_tags ON contacts USING gin (tags);
