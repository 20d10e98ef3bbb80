INSERT INTO billing.items (label) VALUES ('x'), ('y');
