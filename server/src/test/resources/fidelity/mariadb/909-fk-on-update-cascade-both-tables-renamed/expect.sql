SELECT COUNT(*) = 2 FROM customer_orders WHERE cust_code = 'C1'
