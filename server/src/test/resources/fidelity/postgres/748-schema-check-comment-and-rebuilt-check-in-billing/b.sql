CREATE SCHEMA billing;
CREATE TABLE billing.t (id integer PRIMARY KEY, n integer CONSTRAINT n_pos CHECK (n > 0), m bigint CONSTRAINT m_pos CHECK (m > 0));
COMMENT ON CONSTRAINT n_pos ON billing.t IS 'new';
COMMENT ON CONSTRAINT t_pkey ON billing.t IS 'billing key';
