"""The dashboard in a real headless Chromium (Debian's /usr/bin/chromium, driven by Playwright).

Checks what a person would: the article view marks the events in the text and explains
them; the store's timeline, map and network draw something; one filter changes all
three; brushing the timeline narrows the map, the network and the list; and the page
loads nothing from anywhere but our server. Screenshots go to EVENTWIRE_SCREENSHOTS
(default: a temporary folder) for a person to look at.
"""

from __future__ import annotations

import os
import shutil
import time
from pathlib import Path

import pytest

pytestmark = pytest.mark.slow

CHROMIUM = os.environ.get("EVENTWIRE_CHROMIUM", "/usr/bin/chromium")
ARGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
        "--disable-background-networking", "--disable-component-update", "--disable-sync"]

if not (Path(CHROMIUM).is_file() or shutil.which(CHROMIUM)):
    pytest.skip(f"no Chromium at {CHROMIUM} (apt-get install chromium)", allow_module_level=True)
sync_api = pytest.importorskip("playwright.sync_api")


@pytest.fixture(scope="module")
def browser():
    with sync_api.sync_playwright() as p:
        b = p.chromium.launch(executable_path=CHROMIUM, args=ARGS)
        yield b
        b.close()


@pytest.fixture(scope="module")
def shots(tmp_path_factory) -> Path:
    folder = os.environ.get("EVENTWIRE_SCREENSHOTS")
    path = Path(folder) if folder else tmp_path_factory.mktemp("screenshots")
    path.mkdir(parents=True, exist_ok=True)
    return path


@pytest.fixture()
def page(browser, live):
    """A 1280x800 page that records every request and every script error."""
    ctx = browser.new_context(viewport={"width": 1280, "height": 800})
    pg = ctx.new_page()
    pg.requests = []
    pg.errors = []
    pg.on("request", lambda r: pg.requests.append(r.url))
    pg.on("pageerror", lambda e: pg.errors.append(str(e)))
    pg.on("console", lambda m: m.type == "error" and pg.errors.append(m.text))
    pg.set_default_timeout(30_000)
    yield pg
    assert not pg.errors, pg.errors
    assert pg.requests and all(u.startswith(live.url + "/") for u in pg.requests), \
        [u for u in pg.requests if not u.startswith(live.url + "/")]
    ctx.close()


def wait_until(pg, js: str, timeout: float = 30.0) -> None:
    """Poll ``js`` until true (the page's CSP forbids the eval that wait_for_function uses)."""
    deadline = time.monotonic() + timeout
    while not pg.evaluate(js):
        if time.monotonic() > deadline:
            raise AssertionError(f"never became true: {js}")
        pg.wait_for_timeout(50)


def wait_store(pg) -> None:
    pg.wait_for_selector("body[data-linked=idle]")


def snapshot(pg) -> dict:
    """What the three store views show right now."""
    return pg.evaluate("""() => ({
        bars: document.querySelectorAll('#timeline .bars rect').length,
        timeline: document.getElementById('timeline-count').textContent,
        shaded: [...document.querySelectorAll('#map .countries path.has-events')].map(p => p.dataset.iso3).sort(),
        points: document.querySelectorAll('#map .points circle').length,
        mapCount: document.getElementById('map-count').textContent,
        nodes: [...document.querySelectorAll('#network .nodes text')].map(t => t.textContent).sort(),
        links: document.querySelectorAll('#network .links path').length,
        rows: [...document.querySelectorAll('#store-events tbody tr')].map(r => r.cells[0].textContent),
    })""")


def test_article_view_highlights_events(page, live, shots):
    page.goto(f"{live.url}/#article/fx003")
    page.wait_for_selector("#article-text .mark.r-trigger")
    article = page.request.get(f"{live.url}/v1/articles/fx003").json()
    n = len(article["events"])
    # The text is shown exactly, and every event's trigger, actors, time and place are marked.
    assert page.inner_text("#article-text").strip() == article["text"].strip()
    triggers = page.eval_on_selector_all("#article-text .mark.r-trigger", "els => els.map(e => e.textContent)")
    assert triggers == [e["trigger"]["text"] for e in article["events"]]
    for role in ("actor", "recipient", "time", "place"):
        assert page.locator(f"#article-text .mark.r-{role}").count() >= n, role
    assert page.locator("#event-table tbody tr").count() == n
    # Hovering a trigger explains the event.
    page.hover("#article-text .mark.r-trigger >> nth=0")
    tip = page.inner_text("#tooltip")
    first = article["events"][0]
    for word in ("Who", "To whom", "When", "Where", "Modality", "According to", first["where"]["name"], first["when"]["start"]):
        assert word in tip, word
    # Clicking a table row pins the event in the detail panel and fades the others.
    page.click("#event-table tbody tr >> nth=1")
    detail = page.inner_text("#event-detail")
    assert article["events"][1]["actor"][0]["name"] in detail and article["events"][1]["text"] in detail
    assert page.locator("#article-text.focus .mark.on").count() >= 3
    page.mouse.move(5, 790)
    page.screenshot(path=shots / "article-view.png")


def test_article_view_colours_by_quad_class(page, live):
    page.goto(f"{live.url}/#article/fx003")
    page.wait_for_selector("#article-text .mark.r-trigger")
    by_type = page.eval_on_selector_all("#article-legend .legend-item", "els => els.map(e => e.textContent)")
    page.check("input[name=colorby][value=quad]")
    by_quad = page.eval_on_selector_all("#article-legend .legend-item", "els => els.map(e => e.textContent)")
    assert by_type != by_quad and all("cooperation" in x or "conflict" in x for x in by_quad)


def test_pasted_article_is_coded_and_marked(page, live, shots):
    page.goto(f"{live.url}/#article")
    page.fill("#code-text", "Kenya met Vietnam in Hanoi on 9 March 2021. Ghana threatened Peru.\n"
                            "Chile attacked Brazil in Brasilia in March 2021, according to the state news agency.")
    page.fill("#code-published", "2021-03-12")
    page.click("#code-submit")
    page.wait_for_selector("#article-text .mark.r-trigger")
    assert page.eval_on_selector_all("#article-text .mark.r-trigger", "els => els.map(e => e.textContent)") == ["met", "attacked"]
    assert page.locator("#article-text .mark.r-source").inner_text() == "the state news agency"
    assert "2 events found" in page.inner_text("#status")
    page.hover("#article-text .mark.r-trigger >> nth=1")
    tip = page.inner_text("#tooltip")
    assert "2021-03-01 – 2021-03-31 (month" in tip and "State News Agency" in tip
    page.screenshot(path=shots / "article-pasted.png")


@pytest.mark.parametrize("sourcing, shown", [
    ("it was reported", "unnamed source (report)"),  # a claim without a named source says so
    ("according to the security sources", "Security Sources (according to, anonymous)"),
])
def test_the_tooltip_says_how_a_claim_is_sourced(page, live, sourcing, shown):
    page.goto(f"{live.url}/#article")
    page.fill("#code-text", f"Chile attacked Brazil in Brasilia in March 2021, {sourcing}.")
    page.fill("#code-published", "2021-03-12")
    page.click("#code-submit")
    page.wait_for_selector("#article-text .mark.r-trigger")
    page.hover("#article-text .mark.r-trigger >> nth=0")
    assert shown in page.inner_text("#tooltip")


def test_store_views_render(page, live, shots):
    page.goto(f"{live.url}/#store")
    wait_store(page)
    s = snapshot(page)
    assert s["bars"] > 10 and s["points"] == 10 and len(s["nodes"]) == 10 and s["links"] > 10
    assert "SGP" in s["shaded"] and len(s["shaded"]) == 10 and len(s["rows"]) == 100
    assert page.locator('#map .countries path[data-iso3="SGP"]').count() == 1  # small states are on the map
    page.screenshot(path=shots / "store-views.png")
    page.screenshot(path=shots / "store-views-full.png", full_page=True)


def test_one_filter_changes_all_views(page, live, shots):
    page.goto(f"{live.url}/#store")
    wait_store(page)
    before = snapshot(page)
    page.fill("#filter-bar input[name=country]", "SGP")
    page.press("#filter-bar input[name=country]", "Enter")
    wait_until(page, "() => document.getElementById('timeline-count').textContent !== " + repr(before["timeline"]))
    wait_store(page)
    after = snapshot(page)
    sgp = page.request.get(f"{live.url}/v1/events?country=SGP&limit=1").json()["total"]
    assert after["timeline"] == f"{sgp} events" != before["timeline"]
    assert after["bars"] < before["bars"]
    assert after["mapCount"] != before["mapCount"] and after["points"] <= before["points"]
    assert "SGP" in after["nodes"] and after["nodes"] != before["nodes"] or after["links"] < before["links"]
    assert len(after["rows"]) == sgp
    assert "country=SGP" in page.url
    page.screenshot(path=shots / "store-filtered-sgp.png")


def test_brushing_the_timeline_filters_map_network_and_list(page, live, shots):
    page.goto(f"{live.url}/#store?since=2021-03-01")
    wait_store(page)
    before = snapshot(page)
    box = page.locator("#timeline .brush .overlay").bounding_box()
    y = box["y"] + box["height"] / 2
    page.mouse.move(box["x"] + 5, y)
    page.mouse.down()
    page.mouse.move(box["x"] + box["width"] * 0.3, y, steps=5)
    page.mouse.up()
    page.wait_for_selector("#selection-bar button")
    wait_store(page)
    after = snapshot(page)
    assert after["bars"] == before["bars"] and after["timeline"] == before["timeline"]  # the timeline keeps its context
    assert len(after["rows"]) < len(before["rows"])
    assert after["links"] < before["links"] or after["mapCount"] != before["mapCount"]
    period = page.inner_text("#selection-bar")
    start, end = period.split(": ")[1].split(" (")[0].split(" – ")
    for shown in after["rows"]:  # "2021-03-04" or an interval "2021-03-01 – 2021-03-31": it must overlap
        first, _, last = shown.strip("()").partition(" – ")  # "(2021-03-15)": undated, publication day
        assert first <= end and (last or first) >= start, shown
    page.screenshot(path=shots / "store-brushed.png")
    page.click("#selection-bar button")
    wait_until(page, "() => !document.querySelector('#selection-bar button')")
    wait_store(page)
    assert snapshot(page)["rows"] == before["rows"]


def test_clicking_a_country_on_the_map_filters(page, live):
    page.goto(f"{live.url}/#store")
    wait_store(page)
    page.dispatch_event('#map .countries path[data-iso3="KEN"]', "click")
    wait_until(page, "() => document.querySelector('#filter-bar input[name=country]').value === 'KEN'")
    wait_store(page)
    rows = page.eval_on_selector_all("#store-events tbody tr", "rs => rs.map(r => r.cells[2].textContent)")
    assert rows and all("KEN" in r for r in rows)


def test_sources_panel_counts_claimants_and_a_click_filters_to_one(page, live, shots):
    page.goto(f"{live.url}/#store")
    wait_store(page)
    stats = page.request.get(f"{live.url}/v1/stats?top=12").json()
    shown = page.eval_on_selector_all(
        "#sources li", "ls => ls.map(l => [l.querySelector('.name').textContent, Number(l.dataset.n)])")
    expected = [["no named source (outlet unknown)" if r["key"] is None else r["key"], r["n"]]
                for r in stats["by_claimant"]]
    assert shown == expected and len(shown) > 2
    page.screenshot(path=shots / "store-sources.png", full_page=True)
    name = next(r["key"] for r in stats["by_claimant"] if r["key"] is not None)
    page.click(f"#sources button.name >> text={name}")
    wait_until(page, f"() => document.querySelector('#filter-bar input[name=claimant]').value === {name!r}")
    wait_store(page)
    total = page.request.get(f"{live.url}/v1/events", params={"claimant": name, "limit": 1}).json()["total"]
    rows = page.locator("#store-events tbody tr").count()
    assert rows == min(total, 100) and "claimant=" in page.url
    assert page.locator("#sources button.name.active").inner_text() == name


def test_event_row_opens_its_article(page, live):
    page.goto(f"{live.url}/#store")
    wait_store(page)
    page.click("#store-events tbody tr >> nth=0")
    page.wait_for_selector("#event-table tbody tr.selected")
    assert page.locator("#view-article").is_visible()
    assert page.locator("#article-text .mark.on").count() >= 3
