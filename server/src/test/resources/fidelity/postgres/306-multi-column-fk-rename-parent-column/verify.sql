SELECT count(*) = 1 FROM store s JOIN region r ON (r.country, r."RegionCode") = (s.country, s.region_code)
