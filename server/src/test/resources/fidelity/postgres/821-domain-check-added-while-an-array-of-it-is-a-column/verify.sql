SELECT codes = '{AB,CD}' FROM prices
