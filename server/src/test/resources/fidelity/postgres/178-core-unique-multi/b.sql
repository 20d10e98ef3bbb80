CREATE TABLE m (a integer NOT NULL, b integer NOT NULL, CONSTRAINT m_ab_key UNIQUE (a, b));
