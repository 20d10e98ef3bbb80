SELECT nextval('rate_limits_id_seq') > (SELECT max(id) FROM rate_limits)
