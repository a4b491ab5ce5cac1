"""Hostile bodies and clients each get their answer (or are disconnected) while a normal
client, checking a report the whole time, is served as usual."""
import resource
import selectors
import socket
import threading
import time
import unittest

from support import ROOT, Server

SAMPLE = (ROOT / "Samples/minimal.yaml").read_bytes()
READ_TIMEOUT = 2
# Well above a check's few milliseconds (even in a debug build on a busy machine), far
# below a hostile client's hold.
PROBE_LIMIT = 3

# Many sockets at once, for the server (which inherits the limit) and for the test.
soft, hard = resource.getrlimit(resource.RLIMIT_NOFILE)
resource.setrlimit(resource.RLIMIT_NOFILE, (min(hard, 8192), hard))


class Probe:
    """A normal client checking a report in a loop, recording each answer's status and time."""

    def __init__(self, server):
        self.server, self.results, self.running = server, [], True
        self.thread = threading.Thread(target=self.run)

    def run(self):
        while self.running:
            start = time.monotonic()
            status, _, _ = self.server.request("/v1/check?name=probe.yaml", SAMPLE, timeout=10)
            self.results.append((status, time.monotonic() - start))
            time.sleep(0.02)

    def __enter__(self):
        self.thread.start()
        return self

    def __exit__(self, *_):
        # At least a few answers, so a quick hostile request is still watched over.
        while len(self.results) < 10 and self.thread.is_alive():
            time.sleep(0.01)
        self.running = False
        self.thread.join()


def raw(port, data, read=True, timeout=30):
    """Sends `data` on a new connection and returns everything the server answers."""
    connection = socket.create_connection(("127.0.0.1", port), timeout=timeout)
    connection.sendall(data)
    answer = b""
    if read:
        while chunk := connection.recv(65536):
            answer += chunk
    connection.close()
    return answer


def post(body, path="/v1/check?name=hostile.yaml", extra=""):
    return (f"POST {path} HTTP/1.1\r\nHost: x\r\nContent-Length: {len(body)}\r\nConnection: close\r\n{extra}\r\n").encode() + body


class HostileTests(unittest.TestCase):
    def setUp(self):
        self.server = Server("--read-timeout", str(READ_TIMEOUT), "--max-checks", "2", "--queue", "64")

    def tearDown(self):
        self.server.__exit__()

    def assertUndisturbed(self, probe, limit=PROBE_LIMIT):
        self.assertGreaterEqual(len(probe.results), 10)
        statuses = {status for status, _ in probe.results}
        self.assertEqual(statuses, {200}, probe.results)
        slowest = max(seconds for _, seconds in probe.results)
        self.assertLess(slowest, limit, f"a normal check took {slowest:.2f} s")

    def test_alias_bomb_is_an_input_error(self):
        lines = ['a0: &a0 ["lol","lol","lol","lol","lol","lol","lol","lol","lol"]']
        lines += [f"a{i}: &a{i} [" + ",".join([f"*a{i-1}"] * 9) + "]" for i in range(1, 10)]
        bomb = ("\n".join(lines) + "\n").encode()
        with Probe(self.server) as probe:
            for _ in range(5):
                start = time.monotonic()
                answer = raw(self.server.port, post(bomb))
                self.assertLess(time.monotonic() - start, 2)
                self.assertTrue(answer.startswith(b"HTTP/1.1 200"), answer[:200])
                self.assertIn(b'"verdict": "error"', answer)
        self.assertUndisturbed(probe)

    def test_deep_nesting_is_an_input_error(self):
        deep = b"[" * 100_000 + b"]" * 100_000
        with Probe(self.server) as probe:
            answer = raw(self.server.port, post(deep))
            self.assertTrue(answer.startswith(b"HTTP/1.1 200"), answer[:200])
            self.assertIn(b'"verdict": "error"', answer)
        self.assertUndisturbed(probe)

    def test_a_body_past_16_MiB_is_413_declared_or_streamed(self):
        big = b"#" * (16 * 1024 * 1024 + 1)
        with Probe(self.server) as probe:
            # A declared length past the limit is answered before the body is read.
            answer = raw(self.server.port, post(big)[:4096])
            self.assertTrue(answer.startswith(b"HTTP/1.1 413"), answer[:200])
            self.assertIn(b'"code": "too_large"', answer)
            # Without a declared length the limit holds as the bytes arrive.
            chunked = b"POST /v1/check HTTP/1.1\r\nHost: x\r\nTransfer-Encoding: chunked\r\nConnection: close\r\n\r\n"
            piece = b"#" * (1 << 20)
            chunked += b"".join(b"%x\r\n" % len(piece) + piece + b"\r\n" for _ in range(17)) + b"0\r\n\r\n"
            try:
                answer = raw(self.server.port, chunked)
            except (BrokenPipeError, ConnectionResetError):
                answer = b"HTTP/1.1 413 (connection closed while sending)"
            self.assertTrue(answer.startswith(b"HTTP/1.1 413"), answer[:200])
            exact = b"#" * (16 * 1024 * 1024)
            self.assertTrue(raw(self.server.port, post(exact)).startswith(b"HTTP/1.1 200"))
        self.assertUndisturbed(probe)

    def test_slowloris_clients_are_disconnected(self):
        with Probe(self.server) as probe:
            clients = []
            for _ in range(50):
                connection = socket.create_connection(("127.0.0.1", self.server.port))
                connection.sendall(b"POST /v1/check HTTP/1.1\r\nHost: x\r\n")
                clients.append(connection)
            body_dripper = socket.create_connection(("127.0.0.1", self.server.port))
            body_dripper.sendall(b"POST /v1/check HTTP/1.1\r\nHost: x\r\nContent-Length: 1000\r\n\r\n")
            clients.append(body_dripper)
            start = time.monotonic()
            closed = set()
            while len(closed) < len(clients) and time.monotonic() - start < READ_TIMEOUT + 5:
                for index, connection in enumerate(clients):
                    if index in closed:
                        continue
                    try:
                        # A byte a quarter second: never idle long, never done.
                        connection.sendall(b"X-Drip: 1\r\n" if connection is not body_dripper else b"a")
                    except (BrokenPipeError, ConnectionResetError):
                        closed.add(index)
                time.sleep(0.25)
            elapsed = time.monotonic() - start
            for connection in clients:
                connection.close()
        self.assertEqual(len(closed), len(clients), f"{len(clients) - len(closed)} slow clients still connected")
        self.assertLess(elapsed, READ_TIMEOUT + 5)
        self.assertUndisturbed(probe)

    def test_a_thousand_idle_connections_at_once(self):
        with Probe(self.server) as probe:
            idle = [socket.create_connection(("127.0.0.1", self.server.port)) for _ in range(1000)]
            time.sleep(0.5)
            # Each is closed by the server once the read timeout passes with nothing sent.
            start = time.monotonic()
            for connection in idle:
                connection.settimeout(READ_TIMEOUT + 10)
                self.assertEqual(connection.recv(1), b"")
                connection.close()
            self.assertLess(time.monotonic() - start, READ_TIMEOUT + 10)
        self.assertUndisturbed(probe)

    def test_a_thousand_requests_at_once(self):
        with Probe(self.server) as probe:
            request = post(SAMPLE)
            selector = selectors.DefaultSelector()
            answers = {}
            for index in range(1000):
                connection = socket.socket()
                connection.setblocking(False)
                connection.connect_ex(("127.0.0.1", self.server.port))
                selector.register(connection, selectors.EVENT_WRITE, index)
                answers[index] = b""
            pending = set(answers)
            deadline = time.monotonic() + 60
            while pending and time.monotonic() < deadline:
                for key, events in selector.select(timeout=1):
                    connection, index = key.fileobj, key.data
                    if events & selectors.EVENT_WRITE:
                        connection.sendall(request)
                        selector.modify(connection, selectors.EVENT_READ, index)
                        continue
                    try:
                        chunk = connection.recv(65536)
                    except ConnectionResetError:
                        chunk = b""
                    answers[index] += chunk
                    if not chunk:
                        selector.unregister(connection)
                        connection.close()
                        pending.discard(index)
        self.assertFalse(pending, f"{len(pending)} connections never answered")
        statuses = {answer[:12] for answer in answers.values()}
        # Every connection is answered: checked, or told to come back (503) past the queue.
        self.assertLessEqual(statuses, {b"HTTP/1.1 200", b"HTTP/1.1 503"}, statuses)
        self.assertGreater(sum(answer.startswith(b"HTTP/1.1 200") for answer in answers.values()), 0)
        # The normal client waits its turn among a thousand others, but is answered.
        self.assertUndisturbed(probe, limit=20)


if __name__ == "__main__":
    unittest.main()
