"""HTTP routes, one module per resource; :data:`ROUTERS` lists them in mounting order."""

from __future__ import annotations

from . import articles, clusters, code, events, export, meta, stats, ui, views

ROUTERS = (code.router, events.router, clusters.router, articles.router, stats.router, views.router, export.router,
           meta.router, ui.router)
