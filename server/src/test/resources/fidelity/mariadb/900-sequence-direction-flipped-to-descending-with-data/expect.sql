SELECT NEXTVAL(ticket_seq) = -1
