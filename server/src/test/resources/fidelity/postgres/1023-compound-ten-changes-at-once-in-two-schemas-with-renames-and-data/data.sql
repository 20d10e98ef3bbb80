INSERT INTO public.customers (email, name) VALUES ('a@x', 'Ann'), ('b@x', 'Bob');
INSERT INTO sales.customers (ref, note) VALUES (1, 'vip'), (2, NULL);
INSERT INTO sales.deals VALUES (1, 1, 'won', 10, '2025-01-01'), (2, 2, DEFAULT, 5, NULL);
