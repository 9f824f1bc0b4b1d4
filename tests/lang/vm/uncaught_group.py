def validate(record):
    errors = []
    if "name" not in record:
        errors.append(KeyError("name"))
    if not isinstance(record.get("age"), int):
        errors.append(TypeError("age must be an int"))
    if errors:
        raise ExceptionGroup("invalid record", errors)

validate({"name": "ok", "age": 3})
print("first record valid")
validate({"age": "old"})
