"""Entry point of the frozen application (the same as the ``optimce-desktop`` console script)."""

from optimce_desktop.app import main

raise SystemExit(main())
