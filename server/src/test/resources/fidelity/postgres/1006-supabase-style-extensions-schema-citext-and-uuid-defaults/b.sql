CREATE SCHEMA extensions;
CREATE EXTENSION citext SCHEMA extensions;
CREATE EXTENSION "uuid-ossp" SCHEMA extensions;
CREATE TABLE profiles (id uuid PRIMARY KEY DEFAULT gen_random_uuid(), username extensions.citext NOT NULL, email extensions.citext, ref uuid DEFAULT extensions.uuid_generate_v1mc());
CREATE UNIQUE INDEX profiles_username_key ON profiles (username);
CREATE UNIQUE INDEX profiles_email_key ON profiles (lower(email::text));
