SELECT id = 1 FROM chargebacks
