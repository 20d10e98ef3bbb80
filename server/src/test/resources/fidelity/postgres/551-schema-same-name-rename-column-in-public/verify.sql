SELECT (SELECT qty FROM billing.items WHERE id = 1) = 20 AND (SELECT quantity FROM public.items WHERE id = 1) = 10
