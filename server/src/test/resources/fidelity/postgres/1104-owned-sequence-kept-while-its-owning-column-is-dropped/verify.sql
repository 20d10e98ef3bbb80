SELECT nextval('ticket_no_seq') = 4
