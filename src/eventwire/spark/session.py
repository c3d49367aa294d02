"""Starting a Spark session fit for eventwire, with clear errors when pyspark or Java is missing."""

from __future__ import annotations

import os
import shutil
import sys
from pathlib import Path
from typing import Any

from ..errors import ConfigError


def require_pyspark() -> None:
    """Raise :class:`ConfigError` with the install command if pyspark cannot be imported."""
    try:
        import pyspark  # noqa: F401
    except ImportError as exc:
        raise ConfigError("the Spark path needs pyspark: pip install 'eventwire[spark]'") from exc


def java_command() -> str | None:
    """The ``java`` Spark would start: ``$JAVA_HOME/bin/java``, else the one on PATH."""
    home = os.environ.get("JAVA_HOME")
    if home:
        candidate = os.path.join(home, "bin", "java")
        return candidate if os.access(candidate, os.X_OK) else None
    return shutil.which("java")


def require_java() -> None:
    """Raise :class:`ConfigError` if no Java runtime is found (Spark 4 needs Java 17 or later)."""
    if java_command() is None:
        where = f"JAVA_HOME={os.environ['JAVA_HOME']} has no bin/java" if os.environ.get("JAVA_HOME") else "no java on PATH"
        raise ConfigError(f"Spark needs a Java 17+ runtime ({where}); install a JDK or set JAVA_HOME")


def _log_config() -> str | None:
    """A file URI for the packaged log4j2 settings (errors only), or None if not on disk."""
    path = Path(__file__).with_name("data") / "log4j2.properties"
    return path.resolve().as_uri() if path.is_file() else None


def local_session(master: str = "local[2]", *, memory: str = "1g", app_name: str = "eventwire",
                  extra: dict[str, str] | None = None) -> Any:
    """A SparkSession for eventwire (``getOrCreate``: an existing session is reused as is).

    Workers run this very Python (so they import the same eventwire), the web UI is off,
    session time is UTC (publication timestamps keep their instant), and Python workers
    are reused across tasks so each loads the spaCy pipeline once.
    """
    require_pyspark()
    require_java()
    # Without this, workers run "python3" from PATH, which may lack eventwire (a venv not activated).
    os.environ.setdefault("PYSPARK_PYTHON", sys.executable)
    os.environ.setdefault("PYSPARK_DRIVER_PYTHON", sys.executable)
    from pyspark.sql import SparkSession

    builder = (
        SparkSession.builder.master(master).appName(app_name)
        .config("spark.ui.enabled", "false")
        .config("spark.driver.memory", memory)
        .config("spark.sql.session.timeZone", "UTC")
        .config("spark.python.worker.reuse", "true")
        .config("spark.sql.shuffle.partitions", "8")
        .config("spark.ui.showConsoleProgress", "false")
    )
    log_config = _log_config()
    if log_config:  # read by the driver JVM at start; ignored if a session already runs
        builder = builder.config("spark.driver.extraJavaOptions", f"-Dlog4j2.configurationFile={log_config}")
    for key, value in (extra or {}).items():
        builder = builder.config(key, value)
    spark = builder.getOrCreate()
    spark.sparkContext.setLogLevel("ERROR")
    return spark
