CREATE TABLE t (id int PRIMARY KEY, notes text NOT NULL DEFAULT 'none', meta longtext CHECK (json_valid(meta)), tags json DEFAULT '[]');
