INSERT INTO billing.prices VALUES (1, 500, '{AB,CD}');
