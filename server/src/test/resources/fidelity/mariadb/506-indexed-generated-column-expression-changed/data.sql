INSERT INTO people (first_name, last_name, email) VALUES ('Ada', 'Lovelace', 'ada@Example.ORG');
