CREATE TABLE prices (id integer PRIMARY KEY, net numeric(10,2) NOT NULL, rate numeric(4,2) NOT NULL DEFAULT 0.2,
  gross numeric(12,2) GENERATED ALWAYS AS (net * (1 + rate)) STORED,
  label text GENERATED ALWAYS AS ('P' || id::text) STORED);
CREATE INDEX prices_gross ON prices (gross);
