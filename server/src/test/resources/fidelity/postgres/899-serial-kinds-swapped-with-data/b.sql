CREATE TABLE t (a serial, b bigserial PRIMARY KEY, c smallserial, note text);
