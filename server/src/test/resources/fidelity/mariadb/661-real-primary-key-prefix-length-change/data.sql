INSERT INTO invite_token VALUES ('abc', 'ann');
