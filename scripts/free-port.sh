#!/usr/bin/env bash
# Prints a TCP port free on loopback, so that several throwaway servers (tests, bench) can run side
# by side.
exec python3 -c 'import socket; s = socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])'
