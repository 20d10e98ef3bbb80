CREATE TYPE perm AS ENUM ('read', 'write', 'admin');
CREATE TABLE grants (id integer PRIMARY KEY, perms perm[] NOT NULL DEFAULT '{read,write}', extra perm[] CHECK (cardinality(extra) < 3), denied perm[] DEFAULT ARRAY['admin'::perm]);
CREATE INDEX grants_perms ON grants USING gin (perms);
