"""Shared fixtures. Tests that read ../shared skip with a clear message when it is absent."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from marsad.config import Settings
from marsad.pipeline import Pipeline, load_pipeline

REPO = Path(__file__).resolve().parent.parent
SHARED = REPO.parent / "shared"


@pytest.fixture(scope="session")
def settings() -> Settings:
    return Settings(db="sqlite:///:memory:")


@pytest.fixture(scope="session")
def pipeline(settings: Settings) -> Pipeline:
    return load_pipeline(settings)


@pytest.fixture
def db_url(tmp_path: Path) -> str:
    return f"sqlite:///{tmp_path / 'marsad.db'}"


@pytest.fixture
def shared_dir() -> Path:
    if not SHARED.is_dir():
        pytest.skip(f"../shared is not present at {SHARED}: shared gold and reference data are not available here")
    return SHARED


#: a PostgreSQL database the tests may empty (.ci/run starts a server and sets this)
POSTGRES_URL = os.environ.get("MARSAD_TEST_POSTGRES_URL")


@pytest.fixture(params=["sqlite", "postgresql"])
def store_url(request: pytest.FixtureRequest, tmp_path: Path) -> str:
    """A fresh store on each backend: a temporary SQLite file, and the test PostgreSQL database."""
    if request.param == "sqlite":
        return f"sqlite:///{tmp_path / 'marsad.db'}"
    if not POSTGRES_URL:
        pytest.skip("PostgreSQL tests need MARSAD_TEST_POSTGRES_URL (.ci/run starts a server and sets it)")
    from marsad.store import open_store

    with open_store(POSTGRES_URL) as store:
        store.drop_all()
    return POSTGRES_URL
