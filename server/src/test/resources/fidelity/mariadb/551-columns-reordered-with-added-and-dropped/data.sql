INSERT INTO people (id, legacy_code, last_name, first_name, born, fax, city) VALUES
  (1, 'AB12', 'Lovelace', 'Ada', '1815-12-10', '555', 'London'),
  (2, NULL, 'Hopper', 'Grace', NULL, NULL, NULL);
