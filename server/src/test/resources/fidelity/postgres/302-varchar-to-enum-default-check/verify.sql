SELECT status::text = 'on hold' FROM ticket WHERE id = 1
