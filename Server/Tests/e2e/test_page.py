"""The page in a real browser: headless Chromium driven by Selenium. Upload a sample, read
its verdict and a hint; the same in Kazakh; and the same form with JavaScript turned off."""
import json
import os
import tempfile
import unittest

from selenium import webdriver
from selenium.webdriver.chrome.options import Options
from selenium.webdriver.chrome.service import Service
from selenium.webdriver.common.by import By
from selenium.webdriver.support.ui import Select, WebDriverWait

from support import ROOT, Server, gsz

CHROMIUM = os.environ.get("CHROMIUM", "/usr/bin/chromium")
CHROMEDRIVER = os.environ.get("CHROMEDRIVER", "/usr/bin/chromedriver")


def browser(javascript=True):
    options = Options()
    options.binary_location = CHROMIUM
    for argument in ("--headless=new", "--no-sandbox", "--disable-dev-shm-usage", "--disable-gpu", "--window-size=1200,1600"):
        options.add_argument(argument)
    if not javascript:
        options.add_experimental_option("prefs", {"profile.managed_default_content_settings.javascript": 2})
    return webdriver.Chrome(service=Service(CHROMEDRIVER), options=options)


def expected(sample, language):
    """The verdict's name (from gsz's text output) and the participants hint (from its JSON)."""
    text = gsz("check", sample, "--lang", language).decode()
    # "Samples/minimal.yaml: minimal — passes": the name stands between the path and the dash.
    verdict = text.splitlines()[0].split(": ", 1)[1].split(" — ")[0]
    result = json.loads(gsz("check", sample, "--format", "json", "--lang", language))
    indicator = next(i for s in result["files"][0]["services"] for i in s["indicators"] if i["id"] == "participants")
    return verdict, indicator["message"]


class PageTests(unittest.TestCase):
    @classmethod
    def setUpClass(cls):
        cls.server = Server()
        cls.driver = browser()

    @classmethod
    def tearDownClass(cls):
        cls.driver.quit()
        cls.server.__exit__()

    def check_in_frame(self, sample, language):
        driver = self.driver
        driver.find_element(By.ID, "file").send_keys(str(ROOT / sample))
        driver.find_element(By.CSS_SELECTOR, "button[type=submit]").click()
        WebDriverWait(driver, 30).until(lambda d: d.find_element(By.ID, "result").is_displayed())
        driver.switch_to.frame(driver.find_element(By.ID, "result-frame"))
        try:
            badge = WebDriverWait(driver, 30).until(lambda d: d.find_element(By.CSS_SELECTOR, "section.file h2 .badge"))
            verdict, hint = expected(sample, language)
            self.assertEqual(badge.text, verdict)
            cells = [cell.text for cell in driver.find_elements(By.CSS_SELECTOR, "article.service td")]
            self.assertIn(hint, cells)
            self.assertEqual(driver.find_element(By.TAG_NAME, "html").get_attribute("lang"), language)
        finally:
            driver.switch_to.default_content()

    def test_upload_shows_verdict_and_hint_without_reload(self):
        self.driver.get(self.server.url + "/?lang=en")
        self.driver.execute_script("window.gszMarker = 1")
        self.check_in_frame("Samples/minimal.yaml", "en")
        # The same document: the script sent the form, the page was not replaced.
        self.assertEqual(self.driver.execute_script("return window.gszMarker"), 1)

    def test_a_workbook_upload_shows_its_verdict_and_hint(self):
        with tempfile.TemporaryDirectory() as folder:
            workbook = os.path.join(folder, "report.xlsx")
            gsz("init", "--format", "xlsx", "--form", "training", "--lang", "kk", "-o", workbook)
            self.driver.get(self.server.url + "/?lang=kk")
            self.check_in_frame(workbook, "kk")

    def test_the_same_in_kazakh_switched_on_the_page(self):
        self.driver.get(self.server.url + "/?lang=ru")
        self.driver.find_element(By.LINK_TEXT, "Қазақша").click()
        WebDriverWait(self.driver, 10).until(lambda d: d.find_element(By.TAG_NAME, "html").get_attribute("lang") == "kk")
        self.assertEqual(Select(self.driver.find_element(By.ID, "lang")).first_selected_option.get_attribute("value"), "kk")
        self.assertIn("тексеріңіз", self.driver.find_element(By.TAG_NAME, "h1").text)
        self.check_in_frame("Samples/minimal.yaml", "kk")

    def test_result_language_chosen_in_the_form(self):
        self.driver.get(self.server.url + "/?lang=ru")
        Select(self.driver.find_element(By.ID, "lang")).select_by_value("kk")
        self.check_in_frame("Samples/noncompliant.yaml", "kk")

    def test_form_works_with_javascript_off(self):
        driver = browser(javascript=False)
        try:
            driver.get(self.server.url + "/?lang=kk")
            driver.find_element(By.ID, "file").send_keys(str(ROOT / "Samples/minimal.yaml"))
            driver.find_element(By.CSS_SELECTOR, "button[type=submit]").click()
            badge = WebDriverWait(driver, 30).until(lambda d: d.find_element(By.CSS_SELECTOR, "section.file h2 .badge"))
            verdict, hint = expected("Samples/minimal.yaml", "kk")
            self.assertEqual(driver.current_url, self.server.url + "/check")
            self.assertEqual(badge.text, verdict)
            self.assertIn(hint, [cell.text for cell in driver.find_elements(By.CSS_SELECTOR, "article.service td")])
            links = driver.find_elements(By.CSS_SELECTOR, "nav.gsz-keep a")
            self.assertTrue(links[0].get_attribute("href").startswith("data:text/html;charset=utf-8;base64,"))
            self.assertTrue(links[1].get_attribute("href").startswith("data:application/json;charset=utf-8;base64,"))
        finally:
            driver.quit()


if __name__ == "__main__":
    unittest.main()
