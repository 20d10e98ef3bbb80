SELECT (SELECT body->>'x' FROM a.event_log) = '1' AND (SELECT category FROM "B".events) = 'b' AND (SELECT kind FROM public.events) = 'p'
