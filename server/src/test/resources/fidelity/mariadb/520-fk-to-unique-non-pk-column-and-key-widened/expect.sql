SELECT COUNT(*) = 2 FROM cities c JOIN countries k ON k.iso = c.country_iso
