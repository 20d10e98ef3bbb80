INSERT INTO chargebacks (reason) VALUES ('dup');
