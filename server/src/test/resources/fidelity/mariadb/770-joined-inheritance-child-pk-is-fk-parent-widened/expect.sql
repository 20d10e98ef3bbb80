SELECT COUNT(*) = 1 FROM card_payment c JOIN payment p ON p.id = c.id WHERE p.kind = 'card'
