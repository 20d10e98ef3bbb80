SELECT secret_token = 'abc' FROM sess
