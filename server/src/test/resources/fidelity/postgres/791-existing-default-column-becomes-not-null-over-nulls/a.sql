CREATE TABLE orders (id integer PRIMARY KEY, status text DEFAULT 'new', placed_at timestamptz);
