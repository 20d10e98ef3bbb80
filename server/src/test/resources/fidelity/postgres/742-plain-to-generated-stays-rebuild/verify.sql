SELECT count(*) = 2 AND sum(weight_kg) = 1.75 FROM parcels
