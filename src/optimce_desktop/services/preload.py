"""Imports modules on a worker, then calls back on the GUI thread.

What the main window needs once its first rows are painted (the detail pane, the update form, the CRM
client's models) is a few tenths of a second of imports. On the GUI thread, while the workers start reading
the CRM, they would freeze the window for most of a second: each import there waits its turn for the
interpreter's lock. On a worker, the window goes on answering meanwhile.
"""

from __future__ import annotations

import importlib
from collections.abc import Callable, Sequence

from optimce_desktop.services.tasks import TaskContext, TaskRunner


def preload(tasks: TaskRunner, modules: Sequence[str], then: Callable[[], None]) -> None:
    """Imports ``modules`` on a worker, then calls ``then`` on the GUI thread (also after a failed import,
    which ``then`` meets again, where it is reported)."""

    def work(context: TaskContext) -> None:
        for name in modules:
            context.raise_if_cancelled()
            importlib.import_module(name)

    tasks.run(work, on_finished=then, on_error=lambda error: None)
