INSERT INTO tickets (state, labels, code, title) VALUES ('closed', 'ui,db', 'T-1', 'Straße');
