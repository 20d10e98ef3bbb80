INSERT INTO accounts (id, code) VALUES (1, 'cash'), (2, 'bank');
INSERT INTO postings VALUES (1, 'CASH'), (2, 'BANK'), (3, NULL);
