"""The install-time step that puts the dashboard's third-party assets in place."""

from __future__ import annotations

import importlib.util
import shutil
from pathlib import Path

import pytest

from eventwire.server.routes.ui import VENDOR, assets_ready

ROOT = Path(__file__).resolve().parents[2]


@pytest.fixture()
def builder():
    spec = importlib.util.spec_from_file_location("build_vendor_under_test", ROOT / "web" / "build_vendor.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def test_installed_assets_are_current(builder):
    assert assets_ready()
    assert builder.up_to_date(VENDOR)  # built from the lock file in the repository
    for _, name in builder.FILES:
        assert (VENDOR / name).stat().st_size > 0, name


def test_missing_npm_is_a_clear_error(builder, tmp_path, monkeypatch):
    web = tmp_path / "web"
    web.mkdir()
    shutil.copy(ROOT / "web" / "package-lock.json", web / "package-lock.json")
    monkeypatch.setattr(builder, "WEB", web)  # no node_modules here
    monkeypatch.setenv("PATH", str(tmp_path / "empty"))
    monkeypatch.delenv(builder.SKIP_ENV, raising=False)
    with pytest.raises(builder.VendorError, match="needs npm"):
        builder.build(tmp_path / "vendor")
    monkeypatch.setenv(builder.SKIP_ENV, "1")
    assert builder.build(tmp_path / "vendor") is False
    assert not (tmp_path / "vendor").exists()


def test_stale_assets_are_rebuilt(builder, tmp_path):
    vendor = tmp_path / "vendor"
    shutil.copytree(VENDOR, vendor)
    (vendor / builder.STAMP).write_text("an older lock file\n")
    assert not builder.up_to_date(vendor)
    assert builder.build(vendor, quiet=True) and builder.up_to_date(vendor)
