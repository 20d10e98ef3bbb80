SELECT (SELECT state::text FROM public.tasks WHERE id = 1) = 'void'
   AND (SELECT state::text FROM billing.invoices WHERE id = 1) = 'paid'
   AND (SELECT history::text FROM billing.invoices WHERE id = 1) = '{open,paid}'
