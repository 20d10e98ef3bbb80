SELECT (SELECT item_id FROM billing.items WHERE id = 5) = 1 AND EXISTS (SELECT 1 FROM public.products WHERE id = 1)
