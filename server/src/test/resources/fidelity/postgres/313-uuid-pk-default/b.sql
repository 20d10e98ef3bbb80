CREATE TABLE doc (id uuid PRIMARY KEY DEFAULT gen_random_uuid(), title text, ext_ref uuid NOT NULL DEFAULT gen_random_uuid() UNIQUE);
CREATE TABLE doc_version (doc_id uuid REFERENCES doc (id) ON DELETE CASCADE, n integer, PRIMARY KEY (doc_id, n));
