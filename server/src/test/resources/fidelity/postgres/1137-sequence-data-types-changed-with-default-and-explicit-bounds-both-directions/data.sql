SELECT nextval('small_up'), nextval('small_up'), nextval('small_down');
