CREATE TABLE m (id integer PRIMARY KEY, code text, amount numeric(10,2));
CREATE INDEX m_code_upper ON m (upper(code)) WHERE amount > 0;
