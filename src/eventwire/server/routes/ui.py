"""The dashboard page, its static files and offline API docs (``/docs``).

Everything the browser loads comes from this server: our own HTML/JS/CSS in
``static/`` and the third-party libraries and world map that the install step put in
``static/vendor/``. A strict Content-Security-Policy on the dashboard makes sure of it.
"""

from __future__ import annotations

from importlib import resources
from pathlib import Path

from fastapi import APIRouter
from fastapi.openapi.docs import get_swagger_ui_html
from fastapi.responses import FileResponse, HTMLResponse

router = APIRouter(include_in_schema=False)

STATIC = Path(str(resources.files("eventwire.server").joinpath("static")))
VENDOR = STATIC / "vendor"
VENDOR_FILES = ("d3.min.js", "topojson-client.min.js", "countries-50m.json")

#: Nothing but this server: no CDN, no fonts from elsewhere, no inline script.
DASHBOARD_CSP = ("default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; "
                 "connect-src 'self'; font-src 'self'; object-src 'none'; base-uri 'none'; frame-ancestors 'none'")


def assets_ready() -> bool:
    """True when the install step put the third-party assets in place."""
    return all((VENDOR / f).is_file() for f in VENDOR_FILES)


@router.get("/")
def index() -> FileResponse:
    return FileResponse(STATIC / "index.html", media_type="text/html",
                        headers={"Content-Security-Policy": DASHBOARD_CSP, "Cache-Control": "no-cache"})


@router.get("/docs")
def docs() -> HTMLResponse:
    return get_swagger_ui_html(
        openapi_url="/openapi.json", title="eventwire API",
        swagger_js_url="/static/vendor/swagger-ui-bundle.js", swagger_css_url="/static/vendor/swagger-ui.css",
        swagger_favicon_url="/static/favicon.svg",
    )
