CREATE SCHEMA billing;
CREATE TABLE billing.inv (id serial PRIMARY KEY, total numeric(10,2) NOT NULL DEFAULT 0);
CREATE TABLE payments (id integer PRIMARY KEY, inv_id integer REFERENCES billing.inv (id) ON DELETE CASCADE);
