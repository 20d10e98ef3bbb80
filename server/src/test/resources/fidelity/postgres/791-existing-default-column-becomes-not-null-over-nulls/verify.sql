SELECT count(*) FILTER (WHERE status = 'new') = 2 AND count(*) FILTER (WHERE status = 'paid') = 1
   AND count(*) FILTER (WHERE placed_at > '2026-06-01') = 1 AND count(*) FILTER (WHERE placed_at = '2026-01-01 00:00:00+00') = 1
   AND count(*) = 3 FROM orders
