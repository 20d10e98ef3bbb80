CREATE TYPE mood AS ENUM ('calm', 'busy');
CREATE DOMAIN percent AS numeric(5,2) CHECK (VALUE BETWEEN 0 AND 100);
CREATE TYPE "Reading" AS (m mood, load percent, tags text[]);
CREATE TYPE envelope AS (r "Reading", history "Reading"[]);
CREATE TABLE events (id integer PRIMARY KEY, e envelope);
