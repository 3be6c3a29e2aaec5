# The lecture's select() server loop, driven by clients in the same process (Python 3).
import select
import socket
server = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
server.bind(('127.0.0.1', 0))
server.listen(30)
clients = []
for text in (b"Hello Server!", b"Second client", b"Third"):
    c = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
    c.connect(server.getsockname())
    c.send(text)
    c.close()
    clients.append(c)
inputs = [server]
messages = []
closed = 0
rounds = 0
while closed < 3:
    rounds += 1
    inputready, outputready, exceptready = select.select(inputs, [], [], 1.0)
    for s in inputready:
        if s == server:
            client, address = server.accept()
            inputs.append(client)
        else:
            data = s.recv(4096)
            if data:
                messages.append(data)
            else:
                inputs.remove(s)
                s.close()
                closed += 1
print(sorted(messages))
print("inputs left:", len(inputs), "rounds > 1:", rounds > 1)
server.close()
