SELECT seats = '[1,5)'::int8range FROM bookings
