SELECT nextval('users_seq') = 3 AND nextval('identities_seq') = 2
