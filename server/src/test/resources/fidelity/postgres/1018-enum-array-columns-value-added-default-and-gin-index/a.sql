CREATE TYPE perm AS ENUM ('read', 'write');
CREATE TABLE grants (id integer PRIMARY KEY, perms perm[] NOT NULL DEFAULT '{read}', extra perm[]);
