CREATE TABLE m (id integer PRIMARY KEY, code varchar(10), amount integer);
CREATE INDEX m_code_upper ON m (upper(code)) WHERE amount > 0;
