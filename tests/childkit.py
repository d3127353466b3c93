"""Shared by the crash tests: a child process to kill, forked from the test's process.

A fork starts with what the test's process has loaded (the models, the imports), where a
new interpreter spent seconds loading them again before it did anything worth killing
(``test_cli_crash``: 6.6 s, most of it the German models). The child is a real process all
the same: its own memory, its own database connection, ended by a real SIGKILL.
"""

from __future__ import annotations

import multiprocessing
import os
import signal
import sys
from collections.abc import Callable
from multiprocessing.process import BaseProcess
from pathlib import Path


def _in_child(log: Path, target: Callable[..., object], args: tuple[object, ...]) -> None:
    """Run ``target`` with stdout discarded and stderr in ``log``: the test's process
    captures its own output in files the child must not write into."""
    with open(os.devnull, "wb") as null, open(log, "w", encoding="utf-8") as err:
        os.dup2(null.fileno(), 1)
        os.dup2(err.fileno(), 2)
    sys.stdout, sys.stderr = sys.__stdout__, sys.__stderr__     # the streams of fds 1 and 2
    target(*args)


def start_child(target: Callable[..., object], *args: object, log: Path) -> BaseProcess:
    """``target(*args)`` in a forked child process, its standard error written to ``log``."""
    child = multiprocessing.get_context("fork").Process(target=_in_child,
                                                        args=(log, target, args), daemon=True)
    child.start()
    return child


def kill(child: BaseProcess) -> None:
    """SIGKILL the child and wait for it: nothing of it runs after this returns."""
    assert child.pid is not None
    os.kill(child.pid, signal.SIGKILL)
    child.join()
    assert child.exitcode == -signal.SIGKILL
