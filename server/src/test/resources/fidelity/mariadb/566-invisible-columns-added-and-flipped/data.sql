INSERT INTO accounts (name, legacy_code) VALUES ('a', 'L1');
