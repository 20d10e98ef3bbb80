INSERT INTO tickets (state) VALUES ('open'), ('closed'), ('closed');
