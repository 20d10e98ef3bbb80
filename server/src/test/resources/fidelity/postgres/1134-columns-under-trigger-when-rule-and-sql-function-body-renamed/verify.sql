SELECT open_orders() = 1
