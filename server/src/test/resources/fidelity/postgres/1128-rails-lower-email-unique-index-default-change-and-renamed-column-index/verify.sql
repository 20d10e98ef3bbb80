SELECT (SELECT count(*) FROM users WHERE email_address IN ('A@x', 'b@x')) = 2 AND nextval('users_id_seq') = 3
