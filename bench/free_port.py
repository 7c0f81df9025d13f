"""Prints a TCP port free on 127.0.0.1 (the kernel's choice), for the server and the database."""

import socket

with socket.socket() as probe:
    probe.bind(("127.0.0.1", 0))
    print(probe.getsockname()[1])
