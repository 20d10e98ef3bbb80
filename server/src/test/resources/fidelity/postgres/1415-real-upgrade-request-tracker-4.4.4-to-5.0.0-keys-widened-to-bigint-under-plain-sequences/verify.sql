SELECT nextval('transactions_id_seq') = 3 AND (SELECT count(*) FROM Attachments WHERE TransactionId = 1) = 1 AND (SELECT Name FROM Classes) = 'General'
