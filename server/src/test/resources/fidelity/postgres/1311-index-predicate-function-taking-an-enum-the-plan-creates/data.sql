INSERT INTO queues VALUES ('default');
