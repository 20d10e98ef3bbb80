INSERT INTO users (name, changed) VALUES ('ann', '2020-01-02 03:04:05.123456');
