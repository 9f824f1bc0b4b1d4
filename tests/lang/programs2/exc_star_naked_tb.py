try:
    {}["w"]
except* KeyError as eg:
    print(eg.__traceback__)
