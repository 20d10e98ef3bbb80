INSERT INTO Transactions (ObjectType, ObjectId, Type, Field) VALUES ('RT::Ticket', 1, 'Create', NULL), ('RT::Ticket', 1, 'Set', 'Status');
INSERT INTO Attachments (TransactionId, Parent, Subject, Content) VALUES (1, 0, 'hello', 'body');
INSERT INTO Classes (Name, HotList) VALUES ('General', 1);
