"""Shared fixtures. Tests that read ../shared skip with a clear message when it is absent."""

from __future__ import annotations

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
