# selectors and asyncio over real sockets on 127.0.0.1 and socketpair.
import asyncio
import selectors
import socket

# selectors: a readiness loop over a socketpair
a, b = socket.socketpair()
a.setblocking(False)
b.setblocking(False)
sel = selectors.DefaultSelector()
sel.register(a, selectors.EVENT_READ, "a")
sel.register(b, selectors.EVENT_WRITE, "b")
events = sel.select(timeout=1)
print(sorted((k.data, m) for k, m in events))
b.send(b"ping")
events = sel.select(timeout=1)
print(sorted((k.data, m) for k, m in events))
print(a.recv(10))
sel.unregister(b)
print(sel.select(timeout=0))
sel.close()
a.close()
b.close()


# asyncio streams: an echo server on port 0
async def handle(reader, writer):
    while True:
        line = await reader.readline()
        if not line:
            break
        writer.write(line.upper())
        await writer.drain()
    writer.close()
    await writer.wait_closed()


async def main():
    server = await asyncio.start_server(handle, "127.0.0.1", 0)
    port = server.sockets[0].getsockname()[1]
    reader, writer = await asyncio.open_connection("127.0.0.1", port)
    for word in (b"hello\n", b"asyncio\n", b"sockets\n"):
        writer.write(word)
        await writer.drain()
        print(await reader.readline())
    writer.close()
    await writer.wait_closed()
    server.close()
    await server.wait_closed()

    # low-level loop socket methods on a socketpair
    loop = asyncio.get_running_loop()
    x, y = socket.socketpair()
    x.setblocking(False)
    y.setblocking(False)
    await loop.sock_sendall(x, b"loop data")
    print(await loop.sock_recv(y, 100))
    buf = bytearray(5)
    await loop.sock_sendall(y, b"12345")
    print(await loop.sock_recv_into(x, buf), buf)
    try:
        await asyncio.wait_for(loop.sock_recv(y, 1), 0.05)
    except asyncio.TimeoutError as e:
        print("wait_for", type(e).__name__)
    x.close()
    y.close()

    # datagrams
    class Proto(asyncio.DatagramProtocol):
        def __init__(self):
            self.got = loop.create_future()

        def datagram_received(self, data, addr):
            if not self.got.done():
                self.got.set_result(data)

    t1, p1 = await loop.create_datagram_endpoint(Proto, local_addr=("127.0.0.1", 0))
    t2, p2 = await loop.create_datagram_endpoint(
        Proto, remote_addr=t1.get_extra_info("sockname"))
    t2.sendto(b"udp via asyncio")
    print(await asyncio.wait_for(p1.got, 5))
    t1.close()
    t2.close()


asyncio.run(main())
print("done")
