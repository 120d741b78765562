print("planpress")
