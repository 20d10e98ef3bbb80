SELECT amount = 500 AND codes = '{AB,CD}' FROM billing.prices
