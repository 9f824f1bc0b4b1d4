class ConfigError(Exception):
    pass


def read_config(d):
    try:
        return d["port"]
    except KeyError as e:
        raise ConfigError("missing setting") from e


def start():
    try:
        read_config({})
    except ConfigError:
        x = {}["other"]


start()
