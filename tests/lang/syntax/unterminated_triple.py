doc = """start of doc
more text
