SELECT string_agg(no::text, ',' ORDER BY no) = '10,12' FROM tickets
