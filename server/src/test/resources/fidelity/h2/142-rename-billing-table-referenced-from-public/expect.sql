SELECT COUNT(*) = 1 FROM billing.ledgers WHERE owner = 'ann'
