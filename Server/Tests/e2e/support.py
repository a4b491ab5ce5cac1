"""Starting the built gsz-server on a free port, talking to it, and running the built gsz."""
import json
import os
import signal
import subprocess
import tempfile
import urllib.error
import urllib.request
from pathlib import Path

ROOT = Path(__file__).resolve().parents[3]
GSZ = os.environ.get("GSZ", str(ROOT / ".build/debug/gsz"))
GSZ_SERVER = os.environ.get("GSZ_SERVER", str(ROOT / "Server/.build/debug/gsz-server"))
SAMPLES = sorted((ROOT / "Samples").glob("*.yaml"))


class Server:
    """A gsz-server process on 127.0.0.1 and a port of its choosing; a context manager."""

    def __init__(self, *arguments):
        # The log goes to a file: a pipe nobody reads would fill and stall the server.
        self.log = tempfile.TemporaryFile()
        self.process = subprocess.Popen(
            [GSZ_SERVER, "--port", "0", *arguments], stdout=subprocess.PIPE, stderr=self.log, cwd=ROOT)
        line = self.process.stdout.readline().decode()
        if "listening on " not in line:
            self.process.kill()
            raise RuntimeError("gsz-server did not start: " + line + self.logged())
        self.url = line.split("listening on ", 1)[1].strip()
        self.port = int(self.url.rsplit(":", 1)[1])

    def __enter__(self):
        return self

    def __exit__(self, *_):
        if self.process.poll() is None:
            self.process.kill()
            self.process.wait()
        self.process.stdout.close()
        self.log.close()

    def logged(self):
        """Everything the server has logged so far."""
        self.log.seek(0)
        return self.log.read().decode()

    def stop(self, timeout=20):
        """SIGTERM, then the exit status and everything logged on standard error."""
        self.process.send_signal(signal.SIGTERM)
        status = self.process.wait(timeout=timeout)
        return status, self.logged()

    def request(self, path, body=None, method=None, headers=None, timeout=30):
        """(status, headers, body bytes); HTTP errors are answers too."""
        request = urllib.request.Request(self.url + path, data=body, method=method, headers=headers or {})
        try:
            with urllib.request.urlopen(request, timeout=timeout) as response:
                return response.status, dict(response.headers), response.read()
        except urllib.error.HTTPError as error:
            return error.code, dict(error.headers), error.read()

    def error(self, path, body=None, method=None, headers=None):
        """(status, the error object) of a refused request."""
        status, _, data = self.request(path, body, method, headers)
        return status, json.loads(data)["error"]


def gsz(*arguments, input=None):
    """What the built gsz prints on standard output, run in the repository root."""
    environment = {"PATH": os.environ.get("PATH", ""), "LANG": "C", "NO_COLOR": "1"}
    return subprocess.run([GSZ, *arguments], cwd=ROOT, input=input, stdout=subprocess.PIPE,
                          stderr=subprocess.DEVNULL, env=environment).stdout
