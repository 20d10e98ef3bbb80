CREATE TABLE t (a smallserial, b serial PRIMARY KEY, c bigserial, note text);
