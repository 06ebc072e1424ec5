"""The child processes of a compile (clang's cc1 runs, the tools) started without Python's
`subprocess` module (issue 11 item 5).

Why: importing `subprocess` imports `signal`, `threading`, `selectors`, `locale` and more:
14.7M instructions of every compile, where the driver's whole process executes about 400M
on benchmarks/c/logsumexp/timed.c, and a compile only ever runs a command to its end with
its error output captured. `os.posix_spawnp` and one pipe do that.

What the child gets, as `subprocess.run(cmd, stdout=..., stderr=PIPE)` gives it: the
program found on PATH, this process's environment and working directory,
standard input inherited, standard output inherited or /dev/null, standard error a pipe
read to its end; the signals Python ignores for itself (SIGPIPE, SIGXFSZ) back to their
default action, as `subprocess`'s restore_signals does; no descriptor but 0, 1 and 2, as
its close_fds gives (Python opens its own non-inheritable, PEP 446; those this process
inherited itself are closed in the child). The status is subprocess's `returncode`: the exit code, or minus the
signal that ended the child. A program that cannot be started raises OSError, as there.
"""

from __future__ import annotations

import os

try:  # the signal numbers without the `signal` module, which builds enums at import
    from _signal import SIGPIPE, SIGXFSZ
    _RESTORED = (SIGPIPE, SIGXFSZ)
except ImportError:  # no such signals here
    _RESTORED = ()


def run(cmd: list[str], quiet: bool = False) -> tuple[int, bytes]:
    """Run `cmd` to its end (`quiet`: its standard output to /dev/null); returns its
    status and everything it wrote to standard error."""
    read_end, write_end = os.pipe()
    actions = [(os.POSIX_SPAWN_DUP2, write_end, 2)]
    if quiet:
        actions.append((os.POSIX_SPAWN_OPEN, 1, os.devnull, os.O_WRONLY, 0))
    actions += [(os.POSIX_SPAWN_CLOSE, fd) for fd in _inheritable()]
    try:
        pid = os.posix_spawnp(cmd[0], cmd, os.environ, file_actions=actions,
                              setsigdef=_RESTORED)
    except BaseException:
        os.close(read_end)
        raise
    finally:
        os.close(write_end)
    chunks = []
    try:
        while data := os.read(read_end, 1 << 16):
            chunks.append(data)
    finally:
        os.close(read_end)
        _, status = os.waitpid(pid, 0)
    return os.waitstatus_to_exitcode(status), b"".join(chunks)


def _inheritable() -> list[int]:
    """This process's inheritable descriptors above 2 (from its own parent, a shell's or a
    build tool's)."""
    try:
        listed = os.listdir("/proc/self/fd")
    except OSError:  # no /proc: they stay inherited
        return []
    found = []
    for name in listed:
        fd = int(name)
        try:
            if fd > 2 and os.get_inheritable(fd):
                found.append(fd)
        except OSError:  # the listing's own descriptor, closed by now
            pass
    return found
