"""The live server seen through curl: the API's answers equal gsz check's, the page's form
works without JavaScript, the logs hold no report content, SIGTERM stops it gracefully."""
import base64
import re
import subprocess
import tempfile
import threading
import unittest
from pathlib import Path

import openpyxl

from support import ROOT, SAMPLES, Server, gsz


def curl(*arguments):
    return subprocess.run(["curl", "-sS", *arguments], cwd=ROOT, stdout=subprocess.PIPE, check=True).stdout


class LiveTests(unittest.TestCase):
    def test_api_answer_equals_gsz_check_json_for_each_sample(self):
        with Server() as server:
            for sample in SAMPLES:
                name = "Samples/" + sample.name
                for language in ("ru", "kk", "en"):
                    expected = gsz("check", name, "--format", "json", "--lang", language)
                    answer = curl("--data-binary", "@" + name, "-H", "Content-Type: application/yaml",
                                  f"{server.url}/v1/check?name={name}&lang={language}")
                    self.assertEqual(answer, expected, f"{name} in {language}")
            names = ["Samples/" + sample.name for sample in SAMPLES]
            expected = gsz("check", *names, "--format", "json", "--require", "maximal")
            form = [argument for name in names for argument in ("-F", f"file=@{name};filename={name}")]
            self.assertEqual(curl(*form, f"{server.url}/v1/check?require=maximal"), expected)

    def test_workbooks_by_body_and_by_form_equal_gsz_check_json(self):
        with tempfile.TemporaryDirectory() as folder:
            made = Path(folder) / "template.xlsx"
            gsz("init", "--format", "xlsx", "--form", "training", "-o", str(made))
            # The same workbook saved again by openpyxl: another program's bytes.
            edited = Path(folder) / "edited.xlsx"
            book = openpyxl.load_workbook(made)
            book.save(edited)
            with Server() as server:
                for workbook in (made, edited):
                    expected = gsz("check", str(workbook), "--format", "json").replace(str(workbook).encode(), workbook.name.encode())
                    answer = curl("--data-binary", f"@{workbook}", "-H",
                                  "Content-Type: application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
                                  f"{server.url}/v1/check?name={workbook.name}")
                    self.assertEqual(answer, expected, workbook.name)
                    self.assertIn(b'"document": "report"', answer)
                    form = curl("-F", f"file=@{workbook};filename={workbook.name}", f"{server.url}/v1/check")
                    self.assertEqual(form, expected, workbook.name)

    def test_form_without_javascript_answers_with_the_html_of_gsz_check(self):
        with Server() as server:
            page = curl("-H", "Accept-Language: kk", server.url + "/").decode()
            self.assertIn('<form id="check" method="post" enctype="multipart/form-data" action="/check">', page)
            self.assertIn('<html lang="kk">', page)
            answer = curl("-F", "file=@Samples/noncompliant.yaml;filename=Samples/noncompliant.yaml",
                          "-F", "lang=en", "-F", "require=maximal", server.url + "/check").decode()
            html = gsz("check", "Samples/noncompliant.yaml", "--format", "html", "--lang", "en", "--require", "maximal")
            links = dict(re.findall(r'href="data:([a-z/]+);charset=utf-8;base64,([A-Za-z0-9+/=]+)"', answer))
            self.assertEqual(base64.b64decode(links["text/html"]), html)
            self.assertEqual(base64.b64decode(links["application/json"]),
                             gsz("check", "Samples/noncompliant.yaml", "--format", "json", "--lang", "en", "--require", "maximal"))
            workbook = re.search(r'href="data:application/vnd\.openxmlformats-officedocument\.spreadsheetml\.sheet;base64,'
                                 r'([A-Za-z0-9+/=]+)" download="gsz-result\.xlsx"', answer)
            self.assertIsNotNone(workbook, "no workbook link")
            self.assertEqual(base64.b64decode(workbook.group(1)),
                             gsz("check", "Samples/noncompliant.yaml", "--format", "xlsx", "--lang", "en", "--require", "maximal"))
            self.assertIn('<span class="badge v-noncompliant">noncompliant</span>', answer)
            template = re.search(r'href="(/template\?[^"]+)"', answer).group(1)
            self.assertEqual(curl(server.url + template.replace("&amp;", "&")), gsz("init", "--form", "seminar", "--lang", "en"))

    def test_one_log_line_per_request_and_no_report_content(self):
        with Server() as server:
            for sample in SAMPLES:
                server.request("/v1/check?name=secret-name.yaml", sample.read_bytes())
            server.request("/nowhere")
            status, log = server.stop()
        self.assertEqual(status, 0)
        lines = [line for line in log.splitlines() if " request" in line and "path=" in line]
        self.assertEqual(len(lines), len(SAMPLES) + 1, log)
        for secret in ("150340001117", "secret-name", "Әлем", "name="):
            self.assertNotIn(secret, log)
        self.assertIn("status=404", lines[-1])

    def test_sigterm_lets_requests_in_flight_finish_then_exits_0(self):
        with Server() as server:
            results = {}
            body = (ROOT / "Samples/minimal.yaml").read_bytes()

            def slow_client():
                # A request whose body arrives in two halves, the second after the SIGTERM.
                import socket
                import time
                connection = socket.create_connection(("127.0.0.1", server.port))
                head = (f"POST /v1/check?name=a.yaml HTTP/1.1\r\nHost: x\r\nContent-Length: {len(body)}\r\n"
                        "Connection: close\r\n\r\n").encode()
                connection.sendall(head + body[:100])
                results["sent"] = True
                time.sleep(1.0)
                connection.sendall(body[100:])
                data = b""
                while chunk := connection.recv(65536):
                    data += chunk
                results["answer"] = data
                connection.close()

            client = threading.Thread(target=slow_client)
            client.start()
            while "sent" not in results:
                pass
            import time
            time.sleep(0.3)
            status, _ = server.stop()
            client.join()
        self.assertEqual(status, 0)
        self.assertTrue(results["answer"].startswith(b"HTTP/1.1 200 OK"), results["answer"][:200])
        self.assertIn(b'"path": "a.yaml"', results["answer"])


if __name__ == "__main__":
    unittest.main()
