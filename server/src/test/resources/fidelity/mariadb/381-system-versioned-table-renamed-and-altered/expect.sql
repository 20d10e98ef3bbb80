SELECT pct = 1.5 FROM tax_rates WHERE id = 1
