"""tests/lang: the other-language gradient programs, built once per session in parallel
(langcheck.py builds them; tests/c/gradcheck.py checks them)."""

from __future__ import annotations

import os
import sys
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "c"))  # gradcheck

import langcheck  # noqa: E402
from gradcheck import BuildError  # noqa: E402

JOBS = int(os.environ.get("ENZYMEC_TEST_JOBS", max(2, os.cpu_count() or 2)))


@pytest.fixture(scope="session")
def lang_libraries(request, tmp_path_factory):
    """(program path, variant) -> built library, or the BuildError / MissingToolchain."""
    outdir = tmp_path_factory.mktemp("langlibs")
    wanted = set()
    for item in request.session.items:
        params = getattr(getattr(item, "callspec", None), "params", {})
        if "program" in params and "variant" in params:
            wanted.add((params["program"], params["variant"]))

    def one(job):
        try:
            return job, langcheck.build(job[0], outdir, job[1])
        except (BuildError, langcheck.MissingToolchain) as error:
            return job, error

    with ThreadPoolExecutor(JOBS) as pool:
        return dict(pool.map(one, sorted(wanted)))
