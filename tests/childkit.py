"""Shared by the crash and bench tests: child processes forked from the test's process.

A fork starts with what the test's process has loaded (the models, the imports), where a
new interpreter spent seconds loading them again before it did anything worth killing
(``test_cli_crash``: 6.6 s, most of it the German models) or checking. The child is a real
process all the same: its own memory, its own database connections, its own exit status,
ended by a real SIGKILL where a test kills it.
"""

from __future__ import annotations

import multiprocessing
import os
import runpy
import signal
import sys
from collections.abc import Callable
from multiprocessing.process import BaseProcess
from pathlib import Path

# The bench tests' limit, as their ``subprocess.run`` timeout was.
SCRIPT_SECONDS = 600


def _in_child(out: Path | None, err: Path, target: Callable[..., object],
              args: tuple[object, ...]) -> None:
    """Run ``target`` with stdout in ``out`` (or discarded) and stderr in ``err``: the test's
    process captures its own output in files the child must not write into."""
    with open(out or os.devnull, "wb") as stdout, open(err, "wb") as stderr:
        os.dup2(stdout.fileno(), 1)
        os.dup2(stderr.fileno(), 2)
    sys.stdout, sys.stderr = sys.__stdout__, sys.__stderr__     # the streams of fds 1 and 2
    target(*args)


def start_child(target: Callable[..., object], *args: object, log: Path,
                out: Path | None = None) -> BaseProcess:
    """``target(*args)`` in a forked child process, its standard error written to ``log``
    and its standard output to ``out`` (discarded when None)."""
    for stream in (sys.__stdout__, sys.__stderr__):    # nothing buffered goes to the child
        if stream is not None:
            stream.flush()
    child = multiprocessing.get_context("fork").Process(target=_in_child,
                                                        args=(out, log, target, args), daemon=True)
    child.start()
    return child


def kill(child: BaseProcess) -> None:
    """SIGKILL the child and wait for it: nothing of it runs after this returns."""
    assert child.pid is not None
    os.kill(child.pid, signal.SIGKILL)
    child.join()
    assert child.exitcode == -signal.SIGKILL


def _script(path: Path, args: tuple[str, ...]) -> None:
    """In the child: run ``path`` as ``python path args`` runs it, from its own folder."""
    os.chdir(path.parent)
    sys.path.insert(0, str(path.parent))
    sys.argv = [str(path), *args]
    runpy.run_path(str(path), run_name="__main__")


def run_script(path: Path, *args: str, folder: Path) -> tuple[int | None, str, str]:
    """Run a Python script in a forked child; its exit code, standard output and standard
    error (kept in ``folder``)."""
    out, err = folder / "stdout.txt", folder / "stderr.txt"
    child = start_child(_script, path, args, log=err, out=out)
    child.join(SCRIPT_SECONDS)
    if child.exitcode is None:
        kill(child)
        raise AssertionError(f"{path.name} ran over {SCRIPT_SECONDS} s")
    return child.exitcode, out.read_text(encoding="utf-8"), err.read_text(encoding="utf-8")
