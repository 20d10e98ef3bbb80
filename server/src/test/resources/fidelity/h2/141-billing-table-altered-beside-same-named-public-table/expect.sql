SELECT COUNT(*) = 1 FROM billing.items WHERE title = 'billing one'
SELECT COUNT(*) = 1 FROM public.items WHERE label = 'public one'
