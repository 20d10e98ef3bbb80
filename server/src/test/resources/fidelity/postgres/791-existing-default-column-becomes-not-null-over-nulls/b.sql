CREATE TABLE orders (id integer PRIMARY KEY, status text NOT NULL DEFAULT 'new', placed_at timestamptz NOT NULL DEFAULT now());
