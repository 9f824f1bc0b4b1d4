# At exit threading._shutdown() runs before atexit: callbacks registered
# with threading._register_atexit come first.
import threading, atexit
atexit.register(print, "atexit callback")
threading._register_atexit(print, "threading atexit callback")
print("main done", threading.main_thread()._tstate_lock.locked())
