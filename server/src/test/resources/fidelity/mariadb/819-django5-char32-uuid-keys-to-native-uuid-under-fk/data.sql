INSERT INTO accounts_user VALUES ('0c4b6f7e6f6e11eeb9620242ac120002', 'ada@example.com');
INSERT INTO accounts_session (user_id, token) VALUES ('0c4b6f7e6f6e11eeb9620242ac120002', 'aa4b6f7e6f6e11eeb9620242ac120002');
