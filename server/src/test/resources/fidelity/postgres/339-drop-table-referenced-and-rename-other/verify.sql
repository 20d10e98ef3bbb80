SELECT note = $$n$$ FROM "Orders"
