"""Shared fixtures. ``../shared`` (beside the clone) holds the copyrighted corpora: tests that need
them skip with a reason when it is absent; SOURCETRACE_SHARED overrides its place."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
SHARED = Path(os.environ.get("SOURCETRACE_SHARED", ROOT.parent / "shared"))


def shared_path(*parts: str) -> Path:
    """A path under ../shared, or a skip of the calling test when it is not there."""
    path = SHARED.joinpath(*parts)
    if not path.exists():
        pytest.skip(f"{path} is absent: the shared corpora live beside the clone")
    return path


@pytest.fixture(scope="session")
def seeds_dir() -> Path:
    return shared_path("corpus", "seeds")


@pytest.fixture(scope="session")
def yahoo_seed(seeds_dir: Path) -> Path:
    return seeds_dir / "soleimani_yahoo_2020.txt"


@pytest.fixture(scope="session")
def sofrep_seed(seeds_dir: Path) -> Path:
    return seeds_dir / "soleimani_sofrep_2020.txt"


# The store's fixtures (for its store, API and web tests), the newsroom corpus, the browser.
pytest_plugins = ["store_fixtures", "newsroom_fixtures", "browser_support"]
