# Python 2: the lecture's select() server and its client, in one process.
# HAND-WRITTEN expectation in 01_lecture_server_client.expected (Python 2.7 semantics).
import select
import socket
import sys
server = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
server.bind(('', 40901))
server.listen(30)

s = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
s.connect(('127.0.0.1', 40901))
s.send("Hello Server!")
s.close()

input = [server]
done = 0
while not done:
    inputready,outputready,exceptready = select.select(input,[],[])
    for s in inputready:
        if s == server:
            client, address = server.accept()
            print "accepted", address[0]
            input.append(client)
        else:
            data = s.recv(4096)
            if data:
                print data
            else:
                print "client closed", repr(data)
                s.close()
                done = 1
server.close()
