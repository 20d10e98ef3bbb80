SELECT (SELECT sum(amount) FROM billing.ledger) = 30 AND (SELECT seq FROM billing.audit) = 1
