SELECT nextval('small_up') = 3 AND nextval('small_down') = -2
