SELECT COUNT(*) = 1 FROM accounts_session s JOIN accounts_user u ON u.id = s.user_id WHERE u.id = '0c4b6f7e-6f6e-11ee-b962-0242ac120002'
