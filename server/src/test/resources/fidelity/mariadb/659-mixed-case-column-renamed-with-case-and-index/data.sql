INSERT INTO Accounts VALUES (1, 'Ann');
