INSERT INTO public.events VALUES (1, 'p');
INSERT INTO a.events VALUES (1, 'a', '{"x": 1}');
INSERT INTO "B".events VALUES (1, 'b', 3);
