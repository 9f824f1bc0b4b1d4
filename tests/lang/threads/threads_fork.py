# fork() with other threads running: the child has one thread, which is
# its main thread, and can start threads of its own; daemon threads do not
# keep the process alive; signal handlers run in the main thread.
import os
import signal
import threading
import time

stop = threading.Event()
bg = threading.Thread(target=stop.wait)
bg.start()
r, w = os.pipe()
pid = os.fork()
if pid == 0:
    os.close(r)
    msgs = [str(threading.active_count()),
            str(threading.current_thread() is threading.main_thread())]
    t = threading.Thread(target=lambda: msgs.append("child thread ran"))
    t.start(); t.join()
    os.write(w, ";".join(msgs).encode())
    os._exit(0)
os.close(w)
data = b""
while chunk := os.read(r, 100):
    data += chunk
os.close(r)
os.waitpid(pid, 0)
print("child:", data.decode())
stop.set(); bg.join()

got = []
signal.signal(signal.SIGUSR1, lambda s, f: got.append(threading.current_thread().name))


def sender():
    os.kill(os.getpid(), signal.SIGUSR1)


t = threading.Thread(target=sender)
t.start(); t.join()
deadline = time.monotonic() + 5
while not got and time.monotonic() < deadline:
    time.sleep(0.001)
print("handler ran in", got)


def sleeper():
    time.sleep(100)


threading.Thread(target=sleeper, daemon=True).start()


def spinner():
    while True:
        pass


threading.Thread(target=spinner, daemon=True).start()
time.sleep(0.02)
print("exit with daemon threads still running")
