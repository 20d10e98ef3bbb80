SELECT full_name = 'Ann Lee' AND email_lower = 'ann@example.com' AND email_domain = 'Example.com' FROM customers
