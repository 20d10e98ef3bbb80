INSERT INTO public.tasks VALUES (1, 'void', '{void,paid}');
INSERT INTO billing.invoices VALUES (1, 'paid', '{open,paid}');
