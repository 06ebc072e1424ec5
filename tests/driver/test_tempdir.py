"""The driver's own temporary names and removal (tempdir.py), and its cache files
(cache_file.py): both replaced stdlib modules whose import cost every compile's start."""

import marshal
import os
import stat

import pytest

from enzymec.driver import cache_file, tempdir


def test_private_dir_is_fresh_private_and_removed_with_what_it_holds(tmp_path, monkeypatch):
    monkeypatch.setenv("TMPDIR", str(tmp_path))
    outside = tmp_path / "outside"
    outside.mkdir()
    (outside / "keep.txt").write_text("kept")
    with tempdir.private_tempdir() as first, tempdir.private_tempdir() as second:
        assert first != second and os.path.dirname(first) == str(tmp_path)
        assert os.path.basename(first).startswith("enzymec-")
        assert stat.S_IMODE(os.stat(first).st_mode) == 0o700
        os.makedirs(os.path.join(first, "mods", "deeper"))
        with open(os.path.join(first, "mods", "deeper", "a.mod"), "w") as handle:
            handle.write("x")
        os.symlink(outside, os.path.join(first, "link"))  # removed, not followed
    assert sorted(os.listdir(tmp_path)) == ["outside"]
    assert (outside / "keep.txt").read_text() == "kept"


def test_an_unusable_tmpdir_falls_back_to_the_next_place(tmp_path, monkeypatch):
    monkeypatch.setenv("TMPDIR", str(tmp_path / "missing"))
    monkeypatch.setenv("TEMP", str(tmp_path))
    with tempdir.private_tempdir() as path:
        assert os.path.dirname(path) == str(tmp_path)


def test_atomic_write_replaces_the_file_and_leaves_no_sibling(tmp_path):
    target = tmp_path / "out.o"
    target.write_bytes(b"old")
    old_mask = os.umask(0o022)
    try:
        tempdir.atomic_write(str(target), b"new", mode=0o777)
    finally:
        os.umask(old_mask)
    assert target.read_bytes() == b"new"
    assert stat.S_IMODE(os.stat(target).st_mode) == 0o755
    assert os.listdir(tmp_path) == ["out.o"]


@pytest.mark.parametrize("strings", [[], [""], ["-cc1", "\0in", "a:b", "12:3", "é\n"]])
def test_cache_file_gives_back_what_it_stored(tmp_path, strings):
    path = str(tmp_path / "sub" / "entry")
    cache_file.store(path, strings)
    assert cache_file.load(path) == strings


@pytest.mark.parametrize("data", [
    b"", b"0", b"3:ab", b"4:-cc12:-o1:x",  # nothing; the length-prefixed text of old
    marshal.dumps(["-cc1", "x"])[:-1],  # cut short
    marshal.dumps("-cc1"), marshal.dumps(("-cc1",)), marshal.dumps(["-cc1", 2]),  # not a list
])                                                                  # of strings
def test_cache_file_not_in_its_form_is_no_entry(tmp_path, data):
    (tmp_path / f"entry{cache_file.SUFFIX}").write_bytes(data)
    assert cache_file.load(str(tmp_path / "entry")) is None
