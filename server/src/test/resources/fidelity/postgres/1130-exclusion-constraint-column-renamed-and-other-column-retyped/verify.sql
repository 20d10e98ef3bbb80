SELECT (SELECT guest FROM reservations WHERE stay @> '2024-01-02'::timestamptz) = 'ann'
