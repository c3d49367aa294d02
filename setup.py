"""Build hook: the metadata lives in pyproject.toml; this only adds the dashboard assets.

``build_py`` first runs ``web/build_vendor.py`` (``npm ci`` + copy of d3, topojson-client
and the world map into ``eventwire/server/static/vendor/``), so that ``pip install .`` and
``pip install -e .`` both give a dashboard that works with no network at run time.
"""

import importlib.util
from pathlib import Path

from setuptools import setup
from setuptools.command.build_py import build_py


def _load_vendor_builder():
    path = Path(__file__).resolve().parent / "web" / "build_vendor.py"
    spec = importlib.util.spec_from_file_location("eventwire_build_vendor", path)
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


class BuildPyWithWebAssets(build_py):
    def run(self):
        builder = _load_vendor_builder()
        try:
            builder.build()
        except builder.VendorError as exc:
            raise SystemExit(f"error: {exc}") from None
        super().run()


setup(cmdclass={"build_py": BuildPyWithWebAssets})
