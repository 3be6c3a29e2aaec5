/**
 * The lecture's two programs, byte for byte as printed in the slides (Python 2).
 *
 * They are kept unchanged on purpose: the simulator must run exactly what the students saw,
 * including the client's blank line that holds a single space, and the server's flaw (once a
 * client closes, `recv` returns an empty string forever and `print data` prints blank lines).
 */
export const LECTURE_SERVER = `import select
import socket
import sys
server = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
server.bind(('',50000))
server.listen(30)
input = [server]
while 1:
    inputready,outputready,exceptready = select.select(input,[],[])
    for s in inputready:
        if s == server:
            client, address = server.accept()
            input.append(client)
        else:
            data = s.recv(4096)
            print data
server.close()
`;

export const LECTURE_CLIENT = `import socket
import sys

 
s = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
s.connect(('10.0.0.1', 50000))
s.send("Hello Server!")
s.close()
`;

/**
 * The annotated select-loop slide prints the server with `bind(('',5000))`, one zero short of the
 * port the client connects to. We keep it for the slide that shows it, because a client
 * connecting to 50000 would be refused: a typo worth pointing out to a class.
 */
export const LECTURE_SERVER_ANNOTATED = LECTURE_SERVER.replace("bind(('',50000))", "bind(('',5000))").replace(
  'inputready,outputready,exceptready = select.select(input,[],[])',
  'inputready, outputready, exceptready = select.select(input, [], [])',
);
