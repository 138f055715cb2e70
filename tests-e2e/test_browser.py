"""The web UI in a real browser (headless Chromium through Selenium)."""

from __future__ import annotations

from selenium.common.exceptions import WebDriverException
from selenium.webdriver.common.action_chains import ActionChains
from selenium.webdriver.common.by import By
from selenium.webdriver.common.keys import Keys
from selenium.webdriver.support.ui import WebDriverWait

from helpers import ASSEN_CBS, ASSEN_TOOI, GEMEENTEN_DRENTHE, path_of


def body_text(driver) -> str:
    return driver.find_element(By.TAG_NAME, "body").text


def raw_href(element) -> str:
    """The href attribute exactly as written in the HTML (Selenium's get_attribute resolves it)."""
    return element.get_dom_attribute("href") or ""


def open_page(driver, url: str) -> None:
    driver.get(url)
    WebDriverWait(driver, 15).until(lambda d: d.execute_script("return document.readyState") == "complete")


def test_home_page_structure(driver, url):
    open_page(driver, url("/"))

    assert "Tafel" in driver.title, f"title {driver.title!r} does not contain 'Tafel'"
    lang = driver.find_element(By.TAG_NAME, "html").get_dom_attribute("lang") or ""
    assert lang.split("-")[0] == "nl", f"<html lang={lang!r}>: the UI is Dutch, expected lang='nl'"

    h1s = driver.find_elements(By.TAG_NAME, "h1")
    assert h1s, "the home page has no <h1>"
    assert h1s[0].text.strip(), "the <h1> is empty"

    skip = driver.find_elements(By.CSS_SELECTOR, "a.skip-link")
    assert skip, "no skip link (a.skip-link)"
    assert raw_href(skip[0]) == "#inhoud", f"skip link href is {raw_href(skip[0])!r}, expected '#inhoud'"
    assert driver.find_elements(By.ID, "inhoud"), "the skip link's target #inhoud does not exist"

    nav_paths = {path_of(raw_href(a)) for a in driver.find_elements(By.CSS_SELECTOR, "nav a[href]")}
    for path in ("/organisaties", "/samenwerkingen"):
        assert path in nav_paths, f"no <nav> link to {path}; nav links: {sorted(nav_paths)}"

    footer_paths = {path_of(raw_href(a)) for a in driver.find_elements(By.CSS_SELECTOR, "footer a[href]")}
    assert "/toegankelijkheid" in footer_paths, f"footer does not link to /toegankelijkheid; footer links: {sorted(footer_paths)}"


def test_home_page_shows_the_twelve_municipalities(driver, url):
    open_page(driver, url("/"))
    text = body_text(driver)
    missing = [g for g in GEMEENTEN_DRENTHE if g not in text]
    assert not missing, f"home page does not show: {missing}"


def test_municipality_page(driver, url):
    open_page(driver, url("/"))
    links = [
        a for a in driver.find_elements(By.CSS_SELECTOR, "a[href]")
        if path_of(raw_href(a)).rstrip("/") == "/organisaties/gemeente-assen" and a.is_displayed()
    ]
    followed = False
    if links:
        target = links[0]
        driver.execute_script("arguments[0].scrollIntoView({block: 'center'});", target)
        try:
            target.click()
            WebDriverWait(driver, 15).until(lambda d: path_of(d.current_url) == "/organisaties/gemeente-assen")
            followed = True
        except WebDriverException:
            followed = False
    if not followed:
        open_page(driver, url("/organisaties/gemeente-assen"))

    text = body_text(driver)
    assert "Assen" in text
    assert ASSEN_CBS in text, f"{ASSEN_CBS} not shown on the page of Assen"
    hrefs = {raw_href(a) for a in driver.find_elements(By.CSS_SELECTOR, "a[href]")}
    assert ASSEN_TOOI in text or ASSEN_TOOI in hrefs, f"TOOI URI {ASSEN_TOOI} neither shown nor linked"


def test_document_pages_are_readable(driver, url):
    open_page(driver, url("/documenten"))
    detail_urls = []
    for a in driver.find_elements(By.CSS_SELECTOR, "a[href]"):
        path = path_of(raw_href(a))
        if path.startswith("/documenten/") and len(path) > len("/documenten/"):
            absolute = a.get_attribute("href")  # resolved by the browser
            if absolute not in detail_urls:
                detail_urls.append(absolute)
    assert detail_urls, "/documenten links to no document detail page (/documenten/<id>)"

    readable = []
    for detail in detail_urls[:20]:
        open_page(driver, detail)
        assert driver.find_elements(By.TAG_NAME, "h1"), f"{detail} has no <h1>"
        text = body_text(driver)
        # The letters among the seeds open with "Geachte voorzitter/leden,".
        if "Geachte voorzitter" in text and len(text) > 500:
            readable.append(detail)
    assert readable, (
        "no document page shows the document's text (expected 'Geachte voorzitter' in at least one letter); "
        f"visited: {detail_urls[:20]}"
    )


def test_first_tab_focuses_the_skip_link(driver, url):
    open_page(driver, url("/"))
    # Right after the load nothing has focus; one Tab, as a keyboard user presses it.
    ActionChains(driver).send_keys(Keys.TAB).perform()
    active = driver.switch_to.active_element
    classes = (active.get_dom_attribute("class") or "").split()
    assert active.tag_name == "a" and "skip-link" in classes, (
        f"the first Tab focuses <{active.tag_name} class='{' '.join(classes)}' "
        f"href='{raw_href(active)}'>, not the skip link"
    )
    assert active.is_displayed(), "the focused skip link is not visible"


# The text of the focused element against what lies behind it (WCAG 1.4.3 for the focused state,
# issue 14 part 6): computed in the page, walking up to the first opaque background.
FOCUS_CONTRAST_JS = """
const el = document.activeElement;
function rgb(value) { const m = value.match(/[\\d.]+/g) || []; return m.map(Number); }
function lum(c) { const [r, g, b] = c.slice(0, 3).map(v => { v /= 255; return v <= 0.03928 ? v / 12.92 : Math.pow((v + 0.055) / 1.055, 2.4); });
                  return 0.2126 * r + 0.7152 * g + 0.0722 * b; }
let node = el, background = null;
while (node && node.nodeType === 1) {
  const c = rgb(getComputedStyle(node).backgroundColor);
  if (c.length >= 3 && (c.length < 4 || c[3] > 0.5)) { background = c; break; }
  node = node.parentElement;
}
background = background || [255, 255, 255];
const text = rgb(getComputedStyle(el).color);
const [a, b] = [lum(text), lum(background)].sort((x, y) => y - x);
return [el.tagName + (el.className ? '.' + el.className : '') + ' ' + (el.textContent || '').trim().slice(0, 40), (a + 0.05) / (b + 0.05)];
"""


def test_focused_links_and_buttons_stay_readable(driver, url):
    for path in ("/", "/samenwerkingen", "/organisaties/gemeente-assen"):
        open_page(driver, url(path))
        seen = set()
        for _ in range(45):  # the header, the navigation and the first controls of the page
            ActionChains(driver).send_keys(Keys.TAB).perform()
            what, ratio = driver.execute_script(FOCUS_CONTRAST_JS)
            if what in seen:
                continue
            seen.add(what)
            assert ratio >= 4.5, f"{path}: focused {what!r} has text contrast {ratio:.2f}:1 (needs 4.5:1)"


INSIGHT_PAGES = [
    "/inzicht?datum=2021-06-01",
    "/inzicht/gemeente-assen?datum=2021-06-01",
    "/inzicht/netwerk?datum=2021-06-01",
    "/inzicht/opgaven?datum=2021-06-01",
]


def test_insight_pages_fit_a_phone(driver, url):
    """At 390 px (a phone) the Inzicht pages do not scroll sideways: wide tables scroll in their own box, pictures shrink."""
    driver.set_window_size(390, 844)
    try:
        for path in INSIGHT_PAGES:
            open_page(driver, url(path))
            width = driver.execute_script("return document.documentElement.clientWidth")
            overflow = driver.execute_script("""
                const width = document.documentElement.clientWidth;
                return [...document.querySelectorAll('main *')]
                  .filter(e => !e.closest('.table-scroll') && e.getBoundingClientRect().right > width + 1)
                  .slice(0, 5).map(e => e.tagName + (typeof e.className === 'string' && e.className ? '.' + e.className : ''));
            """)
            scroll = driver.execute_script("return document.documentElement.scrollWidth")
            assert scroll <= width + 1, f"{path}: the page is {scroll} px wide at {width} px; too wide: {overflow}"
            for svg in driver.find_elements(By.CSS_SELECTOR, "main figure svg"):
                assert svg.size["width"] <= width, f"{path}: a picture is {svg.size['width']} px wide at {width} px"
    finally:
        driver.set_window_size(1280, 900)
