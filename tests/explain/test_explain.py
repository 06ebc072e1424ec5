"""--explain: golden remarks of small programs, the JSON document, the CFG pictures, and
outputs that do not change with --explain.

The goldens (programs/*.expected) are exact: a change in an activity or tape decision, a
byte count or a "tape removed" verdict changes them. regenerate.py rewrites them; review the
diff before committing it.
"""

from __future__ import annotations

import json
import os
import re
import shutil
import subprocess

import pytest

from explain_run import HERE, PROGRAMS, enzymec, flags, remarks, run
from explain_schema import check_document

BY_NAME = {p.stem: p for p in PROGRAMS}


def test_enough_programs():
    assert len(PROGRAMS) >= 8


@pytest.mark.parametrize("program", PROGRAMS, ids=lambda p: p.stem)
def test_golden_remarks(program):
    assert remarks(program) == program.with_suffix(".expected").read_text()


def tape_verdicts(program) -> list[str]:
    return [line for line in program.with_suffix(".expected").read_text().splitlines()
            if "[-Rexplain-tape-removed]" in line]


def test_talk_case_studies_report_tape_removed():
    """reluf and read-sum (the talk's case studies) end without tape after -O3; the same
    reluf at -O0 and a loop of unknown length keep theirs."""
    # sin(x) * x is one preaccumulated chain: its local derivative's slot (preaccumulate.py)
    assert "tape removed by LLVM after AD: the tape slot 'v.local.tape'" in tape_verdicts(
        BY_NAME["reluf"])[0]
    assert "tape removed by LLVM after AD: the tape array 'v.tape'" in tape_verdicts(
        BY_NAME["read_sum"])[0]
    assert "tape kept after optimization" in tape_verdicts(BY_NAME["reluf_O0"])[0]
    assert any("tape kept after optimization: the tape array 'v.tape'" in v
               for v in tape_verdicts(BY_NAME["while_tape"]))


def test_read_sum_bytes():
    text = BY_NAME["read_sum"].with_suffix(".expected").read_text()
    assert "taped, 8 bytes per iteration; 10 iterations: 80 bytes per loop, 80 bytes in " \
           "total" in text


def json_document(program, tmp_path) -> dict:
    path = tmp_path / "explain.json"
    done = run(program, f"--explain={path}")
    assert done.stderr == ""  # JSON only: no remarks on stderr
    return json.loads(path.read_text())


@pytest.mark.parametrize("program", PROGRAMS, ids=lambda p: p.stem)
def test_json_matches_schema_and_remarks(program, tmp_path):
    document = json_document(program, tmp_path)
    check_document(document)
    messages = [e["message"] for u in document["units"] for f in u["functions"]
                for e in f["events"]]
    text = program.with_suffix(".expected").read_text()
    shown = [m.group(1) for m in re.finditer(r"remark: (.*) \[-Rexplain-(?!function)", text)]
    assert messages == shown


def test_json_fields_of_read_sum(tmp_path):
    document = json_document(BY_NAME["read_sum"], tmp_path)
    events = document["units"][0]["functions"][0]["events"]
    taped = [e for e in events if e["kind"] == "need" and e["how"] == "taped"]
    assert [(e["bytes_per_iteration"], e["loop_trip_count"], e["bytes_total"])
            for e in taped] == [(8, 10, 80)]
    after = [e for e in events if e["kind"] == "tape_after_optimization"]
    assert [(e["cache"], e["removed"]) for e in after] == [("v.tape", True)]


@pytest.mark.parametrize("name", ["reluf", "read_sum", "split_recursive", "while_tape",
                                  "reluf_O0"])
@pytest.mark.parametrize("debug", [[], ["-g"]])
def test_outputs_unchanged(name, debug, tmp_path):
    """The object and the -S -emit-llvm text are those of the same command without
    --explain (the tape tags do not leak into them)."""
    program = BY_NAME[name]
    for extra, suffix in (([], ".o"), (["-S", "-emit-llvm"], ".ll")):
        plain, explained = tmp_path / f"plain{suffix}", tmp_path / f"explained{suffix}"
        run(program, *debug, *extra, output=str(plain))
        run(program, *debug, *extra, "--explain", output=str(explained))
        assert plain.read_bytes() == explained.read_bytes()
    assert b"enzymec.tape" not in (tmp_path / "explained.ll").read_bytes()


# -- pictures -----------------------------------------------------------------------------
NODE = re.compile(r'^  "([^"]+)" \[label=<(.*)>, fillcolor="([^"]+)", class="(\w+)"\];$')
EDGE = re.compile(r'^  "([^"]+)" -> "([^"]+)";$')


def parse_dot(text: str):
    """(nodes {name: (label, colour, class)}, edges [(from, to)]) of an explain picture."""
    lines = text.splitlines()
    assert lines[0].startswith("digraph ") and lines[-1] == "}"
    nodes, edges = {}, []
    for line in lines[1:-1]:
        if (m := NODE.match(line)):
            nodes[m[1]] = (m[2], m[3], m[4])
        elif (m := EDGE.match(line)):
            edges.append((m[1], m[2]))
    for a, b in edges:
        assert a in nodes and b in nodes
    return nodes, edges


def ad_blocks(program, tmp_path, function: str) -> list[str]:
    dumps = tmp_path / "dumps"
    run(program, "--enzymec-dump-ir=ad", f"--enzymec-dump-dir={dumps}")
    text = next(dumps.iterdir()).read_text()
    body = text[text.index(f"define internal double @{function}("):]
    body = body[:body.index("\n}\n")]
    return re.findall(r"^([\w.$-]+):", body, re.M)


@pytest.mark.parametrize("name, gradient", [("read_sum", "sum.gradient"),
                                            ("reluf", "reluf.gradient")])
def test_dot_pictures(name, gradient, tmp_path):
    program = BY_NAME[name]
    pictures = tmp_path / "pics"
    done = run(program, "--explain=dot", f"--explain-dir={pictures}")
    before = (pictures / f"{name}.{gradient}.before.dot").read_text()
    nodes, edges = parse_dot(before)
    assert sorted(nodes) == sorted(ad_blocks(program, tmp_path, gradient))
    for block, (label, colour, kind) in nodes.items():
        reverse = block.startswith(("reverse.", "seed"))
        assert kind == ("reverse" if reverse else "forward")
        assert colour == ("#ffd8b1" if reverse else "#cfe2ff")
    assert any(kind == "reverse" for _, _, kind in nodes.values())
    marks = "".join(label for label, _, _ in nodes.values())
    tape = "v.tape" if name == "read_sum" else "v.local.tape"  # reluf: preaccumulate.py
    assert f"tape store: {tape}" in marks and f"tape load: {tape}" in marks
    afters = sorted(pictures.glob(f"{name}.{gradient}.after*.dot"))
    assert afters, list(pictures.iterdir())
    for after in afters:
        after_nodes, _ = parse_dot(after.read_text())
        assert "tape " not in "".join(label for label, _, _ in after_nodes.values())
    if shutil.which("dot"):
        svg = (pictures / f"{name}.{gradient}.before.svg").read_text()
        assert "<svg" in svg and "tape store" in svg
    else:
        assert "Graphviz 'dot' is not on PATH" in done.stderr


def test_dot_without_graphviz_notes_once(tmp_path):
    """Without dot on PATH: the .dot files and one note, no error."""
    program = BY_NAME["read_sum"]
    cmd = [*enzymec(), *flags(program), "-c", program.name, "-o", str(tmp_path / "x.o"),
           "--explain=dot", "--explain-dir", str(tmp_path / "p")]
    # PATH holds only enzymec's own directory (the venv's bin: no Graphviz there)
    env = dict(os.environ, PATH=os.path.dirname(cmd[0]) if os.path.isabs(cmd[0]) else "")
    done = subprocess.run(cmd, cwd=HERE / "programs", capture_output=True, text=True, env=env)
    if shutil.which("dot", path=env["PATH"]):
        pytest.skip("dot is next to enzymec")
    assert done.returncode == 0, done.stderr
    assert done.stderr.count("Graphviz 'dot' is not on PATH") == 1
    assert len(list((tmp_path / "p").glob("*.dot"))) == 2
    assert not list((tmp_path / "p").glob("*.svg"))


def test_explain_option_errors(tmp_path):
    done = subprocess.run([*enzymec(), "--explain=", "-c", "x.c"], capture_output=True,
                          text=True, cwd=tmp_path)
    assert done.returncode == 1 and "argument to '--explain=' is missing" in done.stderr


def test_nested_loop_totals():
    """The inner loop's tape: per run of the inner loop (5 iterations) and over the 4 runs
    the outer loop makes."""
    text = BY_NAME["nested_loops"].with_suffix(".expected").read_text()
    assert text.count("taped, 8 bytes per iteration; 5 iterations: 40 bytes per loop, "
                      "160 bytes in total") == 3
    assert "4 iterations: 32 bytes per loop, 32 bytes in total" in text


def test_registrations_are_reported():
    text = BY_NAME["registered"].with_suffix(".expected").read_text()
    assert "call to 'my_log1p' uses the derivative of 'log1p' (registered as " \
           "function-like)" in text
    assert "call to 'opaque_sq' split into the user's registered gradient" in text
    marks = BY_NAME["inactive_marks"].with_suffix(".expected").read_text()
    assert "call to 'noise' is not differentiated: marked inactive by the user" in marks
    assert "global 'last_seen' is marked inactive: it gets no shadow" in marks


def test_dot_marks_kept_tape_after_optimization(tmp_path):
    """A tape LLVM keeps is still marked in the picture after optimization."""
    pictures = tmp_path / "pics"
    run(BY_NAME["while_tape"], "--explain=dot", f"--explain-dir={pictures}")
    (after,) = pictures.glob("while_tape.run.gradient.after*.dot")
    nodes, _ = parse_dot(after.read_text())
    marks = "".join(label for label, _, _ in nodes.values())
    assert "tape store: v.tape" in marks and "tape load: v.tape" in marks


def test_remarks_and_pictures_together(tmp_path):
    """--explain with --explain-dir: the remarks and the pictures."""
    pictures = tmp_path / "pics"
    done = run(BY_NAME["reluf"], "--explain", f"--explain-dir={pictures}")
    shown = "".join(line for line in done.stderr.splitlines(True)
                    if "Graphviz 'dot' is not on PATH" not in line)
    assert shown == BY_NAME["reluf"].with_suffix(".expected").read_text()
    assert len(list(pictures.glob("*.dot"))) == 2


@pytest.mark.parametrize("program", PROGRAMS, ids=lambda p: p.stem)
def test_every_tape_verdict_has_its_need(program):
    """Each tape LLVM kept or removed was reported as needed, at the same place: the cos a
    sin's derivative computes in the forward sweep (forward_partners.py) included."""
    lines = program.with_suffix(".expected").read_text().splitlines()
    needs = {line.split(" remark: ")[0] for line in lines if "[-Rexplain-tape]" in line}
    for verdict in (line for line in lines if "[-Rexplain-tape-removed]" in line):
        assert verdict.split(" remark: ")[0] in needs, verdict


def test_sincos_partner_needs_are_reported():
    text = BY_NAME["sincos_partner"].with_suffix(".expected").read_text()
    assert "needs 'cos' computed beside the call to 'sin' (its derivative): taped, 8 bytes " \
           "per iteration" in text
    assert "needs 'sin' computed beside the call to 'cos' (its derivative): used as is" in text


@pytest.mark.parametrize("program", PROGRAMS, ids=lambda p: p.stem)
def test_every_remark_is_located(program):
    """Each remark points into the source, including those of a synthesized clone's gradient
    (noalias_version: the `f.noalias` clone has no subprogram of its own)."""
    lines = program.with_suffix(".expected").read_text().splitlines()
    remarks_seen = [line for line in lines if ": remark: " in line]
    assert remarks_seen
    unlocated = [line for line in remarks_seen
                 if not re.match(rf"{re.escape(program.name)}:\d+:\d+: remark: ", line)]
    assert unlocated == []
