INSERT INTO billing.a (v) VALUES ('x'), ('y'); INSERT INTO billing.b (v) VALUES ('z');
