SELECT (SELECT quantity FROM billing.items WHERE id = 1) = 20 AND (SELECT qty FROM public.items WHERE id = 1) = 10
