INSERT INTO accounts (code, name) VALUES ('A1', 'Alpha'), ('B2', 'Beta');
