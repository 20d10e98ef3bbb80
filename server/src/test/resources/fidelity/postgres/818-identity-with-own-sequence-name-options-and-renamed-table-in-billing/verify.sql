SELECT (SELECT id FROM billing.payments) = 100 AND (SELECT reason FROM billing.chargebacks WHERE id = 1) = 'dup'
