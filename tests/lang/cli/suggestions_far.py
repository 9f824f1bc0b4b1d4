# nothing is close enough: no suggestion
config = {"debug": True}
print(config["debug"])
print(settings_for_production)
