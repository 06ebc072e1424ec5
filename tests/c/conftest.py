"""Shared by tests/c: the enzymec libraries of every gradient program (built once per session,
in parallel). The end-of-run summary of what the checks checked is in tests/conftest.py."""

from __future__ import annotations

import os
from concurrent.futures import ThreadPoolExecutor

import pytest

import gradcheck
from gradcheck import BuildError, read_spec

SPECS = [read_spec(p) for p in gradcheck.programs()]
VARIANTS = tuple(gradcheck.VARIANTS)  # -O0, -O2, and split calls (gradcheck.py)
JOBS = int(os.environ.get("ENZYMEC_TEST_JOBS", max(2, os.cpu_count() or 2)))


@pytest.fixture(scope="session")
def libraries(request, tmp_path_factory):
    """(program name, variant) -> path of the built library, or the BuildError; only the
    pairs the session's collected tests use (a `spec` parameter, and `variant`, -O0 if none)."""
    return build_selected(request, tmp_path_factory.mktemp("gradlibs"), gradcheck.Spec)


def build_selected(request, outdir, spec_type) -> dict:
    """Build, in parallel, each (spec, variant) of type `spec_type` that the session's
    collected tests name; (program name, variant) -> library path or BuildError."""
    wanted = set()
    for item in request.session.items:
        params = getattr(getattr(item, "callspec", None), "params", {})
        if isinstance(params.get("spec"), spec_type):
            wanted.add((params["spec"], params.get("variant", "-O0")))

    def one(job):
        spec, variant = job
        try:
            return job, gradcheck.build(spec.path, outdir, variant)
        except BuildError as error:
            return job, error

    jobs = sorted(wanted, key=lambda job: (job[0].name, job[1]))
    with ThreadPoolExecutor(JOBS) as pool:
        return {(spec.name, variant): result for (spec, variant), result in pool.map(one, jobs)}
