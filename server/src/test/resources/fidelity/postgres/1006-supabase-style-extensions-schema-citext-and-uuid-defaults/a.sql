CREATE SCHEMA extensions;
CREATE EXTENSION citext SCHEMA extensions;
CREATE EXTENSION "uuid-ossp" SCHEMA extensions;
CREATE TABLE profiles (id uuid PRIMARY KEY DEFAULT extensions.uuid_generate_v4(), username text NOT NULL);
