"""Install the dashboard's third-party browser assets (d3, topojson-client, world-atlas, Swagger UI).

Run at install time by ``setup.py`` (and usable by hand: ``python web/build_vendor.py``).
``npm ci`` installs the exact versions pinned in ``package-lock.json`` into
``web/node_modules``; the few files the dashboard loads are copied, with their licences,
into ``src/eventwire/server/static/vendor/``. Nothing third-party is committed and
nothing is fetched when the server runs: the dashboard works offline.

Stdlib only: this runs inside pip's isolated build environment.
"""

from __future__ import annotations

import hashlib
import os
import shutil
import subprocess
import sys
from pathlib import Path

WEB = Path(__file__).resolve().parent
ROOT = WEB.parent
VENDOR = ROOT / "src" / "eventwire" / "server" / "static" / "vendor"

#: (file in node_modules, name in vendor/). Licences travel with the code they cover.
FILES: tuple[tuple[str, str], ...] = (
    ("d3/dist/d3.min.js", "d3.min.js"),
    ("d3/LICENSE", "d3.LICENSE.txt"),
    ("topojson-client/dist/topojson-client.min.js", "topojson-client.min.js"),
    ("topojson-client/LICENSE", "topojson-client.LICENSE.txt"),
    # 1:50m, not 1:110m: the coarser file drops small states such as Singapore.
    ("world-atlas/countries-50m.json", "countries-50m.json"),
    ("world-atlas/LICENSE", "world-atlas.LICENSE.txt"),
    # The interactive API docs at /docs (FastAPI would otherwise load these from a CDN).
    ("swagger-ui-dist/swagger-ui-bundle.js", "swagger-ui-bundle.js"),
    ("swagger-ui-dist/swagger-ui.css", "swagger-ui.css"),
    ("swagger-ui-dist/LICENSE", "swagger-ui.LICENSE.txt"),
    ("swagger-ui-dist/NOTICE", "swagger-ui.NOTICE.txt"),
)
STAMP = ".lock-sha256"
SKIP_ENV = "EVENTWIRE_SKIP_WEB"


class VendorError(RuntimeError):
    """The assets cannot be installed (no npm, npm failed)."""


def _lock_digest() -> str:
    return hashlib.sha256((WEB / "package-lock.json").read_bytes()).hexdigest()


def up_to_date(vendor: Path = VENDOR) -> bool:
    """True when every asset is present and was built from the current lock file."""
    stamp = vendor / STAMP
    return (
        stamp.is_file()
        and stamp.read_text().strip() == _lock_digest()
        and all((vendor / name).is_file() for _, name in FILES)
    )


def build(vendor: Path = VENDOR, *, quiet: bool = False) -> bool:
    """Make sure ``vendor`` holds the assets; return False if skipped on request."""
    if os.environ.get(SKIP_ENV):
        print(f"eventwire: {SKIP_ENV} is set: installing without the dashboard's web assets", file=sys.stderr)
        return False
    if up_to_date(vendor):
        return True
    modules = WEB / "node_modules"
    if not all((modules / src).is_file() for src, _ in FILES) or not _installed_matches_lock(modules):
        npm = shutil.which("npm")
        if npm is None:
            raise VendorError(
                "eventwire's web dashboard needs npm (Node.js) at install time to fetch its "
                "JavaScript libraries and world map (d3, topojson-client, world-atlas), pinned in "
                "web/package-lock.json. Install Node.js with npm (Debian/Ubuntu: apt-get install npm) "
                f"and run the install again, or set {SKIP_ENV}=1 to install without the dashboard."
            )
        cmd = [npm, "ci", "--no-audit", "--no-fund", "--ignore-scripts"]
        if quiet:
            cmd.append("--silent")
        done = subprocess.run(cmd, cwd=WEB, check=False)
        if done.returncode != 0:
            raise VendorError(f"`npm ci` in {WEB} failed with exit code {done.returncode}; see its output above")
    vendor.mkdir(parents=True, exist_ok=True)
    for src, name in FILES:
        shutil.copyfile(modules / src, vendor / name)
    (vendor / STAMP).write_text(_lock_digest() + "\n")
    return True


def _installed_matches_lock(modules: Path) -> bool:
    # npm writes node_modules/.package-lock.json; stale if the lock file is newer.
    hidden = modules / ".package-lock.json"
    return hidden.is_file() and hidden.stat().st_mtime >= (WEB / "package-lock.json").stat().st_mtime


if __name__ == "__main__":
    try:
        build()
    except VendorError as exc:
        sys.exit(f"error: {exc}")
    print(f"dashboard assets ready in {VENDOR}")
