def worker():
    while True:
        job = yield
        print("job", job)
w = worker(); next(w)
w.send(1)
w.throw(RuntimeError("stop"))
