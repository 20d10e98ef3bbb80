SELECT qty = 4 FROM order_items JOIN shipments ON item = item_id
