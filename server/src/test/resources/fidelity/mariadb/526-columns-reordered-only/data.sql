INSERT INTO contacts (phone, name, email) VALUES ('1', 'a', 'a@x');
