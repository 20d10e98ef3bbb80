INSERT INTO wp_options (option_name, option_value) VALUES ('siteurl', 'x');
