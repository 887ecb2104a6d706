"""Entry point of the frozen application (the same as the ``optimce-desktop`` console script)."""

import sys

try:
    from optimce_desktop.app import main
except Exception:
    # Before the app's own log exists. A windowed executable may have no standard error: PyInstaller then
    # shows the traceback in a dialog, except in a smoke run, which must end rather than wait on it.
    if sys.stderr is None and "--smoke" not in sys.argv:
        raise
    import os
    import tempfile
    import traceback

    if sys.stderr is None:
        with open(os.path.join(tempfile.gettempdir(), "optimce-desktop-start-failure.log"), "w") as file:
            traceback.print_exc(file=file)
    else:
        traceback.print_exc()
    raise SystemExit(1) from None

raise SystemExit(main())
