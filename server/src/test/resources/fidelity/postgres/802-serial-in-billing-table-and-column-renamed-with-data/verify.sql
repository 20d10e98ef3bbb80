SELECT (SELECT string_agg(id || label, ',' ORDER BY id) FROM billing.line_items) = '1x,2y'
