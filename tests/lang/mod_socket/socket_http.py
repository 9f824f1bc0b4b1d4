# An HTTP round trip over 127.0.0.1: http.server in a forked child answers
# one request from http.client in the parent.
import http.client
import http.server
import os
import socketserver


class Handler(http.server.BaseHTTPRequestHandler):
    def do_GET(self):
        body = ("you asked for " + self.path).encode()
        self.send_response(200)
        self.send_header("Content-Type", "text/plain")
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        self.wfile.write(body)

    def log_message(self, *args):
        pass


class Server(socketserver.TCPServer):
    allow_reuse_address = True


server = Server(("127.0.0.1", 0), Handler)
port = server.server_address[1]
pid = os.fork()
if pid == 0:
    try:
        server.handle_request()
    finally:
        os._exit(0)
server.server_close()
conn = http.client.HTTPConnection("127.0.0.1", port, timeout=10)
conn.request("GET", "/some/path?x=1")
resp = conn.getresponse()
print(resp.status, resp.reason, resp.getheader("Content-Type"), resp.read())
conn.close()
_, status = os.waitpid(pid, 0)
print(os.waitstatus_to_exitcode(status))
