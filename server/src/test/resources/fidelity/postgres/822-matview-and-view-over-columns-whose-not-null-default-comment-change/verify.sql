SELECT total = 150 FROM sales_by_region WHERE region = 'us'
