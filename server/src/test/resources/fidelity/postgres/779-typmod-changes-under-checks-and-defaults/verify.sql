SELECT count(*) = 2 AND count(*) FILTER (WHERE code = 'PRO' AND price = 9.99 AND flags = B'1010' AND ip = '10.0.0.0/8') = 1 FROM plans
