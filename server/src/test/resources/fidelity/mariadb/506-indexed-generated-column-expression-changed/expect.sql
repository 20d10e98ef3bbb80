SELECT COUNT(*) = 1 FROM people WHERE full_name = 'Lovelace, Ada' AND email_domain = 'example.org'
