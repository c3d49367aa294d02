"""The dashboard in a real headless Firefox (Debian's firefox-esr, driven over Marionette).

A smaller companion of the Chromium tests: the same pages must work in the other engine.
Skips, saying why, when Firefox or the Marionette client is missing.
"""

from __future__ import annotations

import shutil
import subprocess
import time

import pytest

from .conftest import free_port

pytestmark = pytest.mark.slow

FIREFOX = shutil.which("firefox-esr") or shutil.which("firefox")
if FIREFOX is None:
    pytest.skip("no Firefox on PATH (apt-get install firefox-esr)", allow_module_level=True)
marionette = pytest.importorskip("marionette_driver.marionette")


@pytest.fixture(scope="module")
def firefox(tmp_path_factory):
    profile = tmp_path_factory.mktemp("firefox-profile")
    port = free_port()
    # No network chatter of its own: updates, telemetry, safe-browsing lists all off.
    (profile / "user.js").write_text("\n".join(f'user_pref("{k}", {v});' for k, v in {
        "marionette.port": port, "app.update.disabledForTesting": "true", "browser.shell.checkDefaultBrowser": "false",
        "datareporting.policy.dataSubmissionEnabled": "false", "toolkit.telemetry.enabled": "false",
        "browser.safebrowsing.malware.enabled": "false", "browser.safebrowsing.phishing.enabled": "false",
        "network.captive-portal-service.enabled": "false", "network.connectivity-service.enabled": "false",
    }.items()) + "\n")
    proc = subprocess.Popen([FIREFOX, "--headless", "--marionette", "--no-remote", "--profile", str(profile)],
                            stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    try:
        client = marionette.Marionette(host="127.0.0.1", port=port, startup_timeout=90)
        client.start_session()
        client.set_window_rect(width=1280, height=800)
        yield client
        client.delete_session()
    finally:
        proc.terminate()
        try:
            proc.wait(timeout=30)
        except subprocess.TimeoutExpired:
            proc.kill()


def wait_for(ff, js: str, timeout: float = 60.0):
    deadline = time.monotonic() + timeout
    while True:
        value = ff.execute_script(js)
        if value:
            return value
        if time.monotonic() > deadline:
            raise AssertionError(f"never became true in Firefox: {js}")
        time.sleep(0.1)


def test_article_view_in_firefox(firefox, live):
    firefox.navigate(f"{live.url}/#article/fx003")
    n = wait_for(firefox, "return document.querySelectorAll('#article-text .mark.r-trigger').length")
    assert n == len(firefox.execute_script("return [...document.querySelectorAll('#event-table tbody tr')]"))
    roles = firefox.execute_script(
        "return ['actor','recipient','time','place'].map(r => document.querySelectorAll('#article-text .mark.r-' + r).length)")
    assert all(x >= n for x in roles)
    assert firefox.execute_script("return document.getElementById('status').textContent") == ""


def test_store_views_in_firefox(firefox, live):
    firefox.navigate(f"{live.url}/#store?country=SGP")
    wait_for(firefox, "return document.body.dataset.linked === 'idle'")
    bars, shaded, nodes, rows = firefox.execute_script("""return [
        document.querySelectorAll('#timeline .bars rect').length,
        [...document.querySelectorAll('#map .countries path.has-events')].map(p => p.dataset.iso3),
        [...document.querySelectorAll('#network .nodes text')].map(t => t.textContent),
        document.querySelectorAll('#store-events tbody tr').length]""")
    assert bars > 0 and "SGP" in shaded and "SGP" in nodes and rows > 0
    assert firefox.execute_script("return document.getElementById('status').textContent") == ""
