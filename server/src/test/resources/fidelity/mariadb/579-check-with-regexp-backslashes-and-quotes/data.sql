INSERT INTO contacts (email, phone) VALUES ('ann@example.com', '+49 30 1234');
