SELECT COUNT(*) = 1 FROM contacts WHERE phone = '1' AND name = 'a' AND email = 'a@x'
