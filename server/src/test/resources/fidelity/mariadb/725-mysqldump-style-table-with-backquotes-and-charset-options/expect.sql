SELECT autoload = 'yes' FROM wp_options
