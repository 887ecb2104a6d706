"""The GUI-facing API: Qt signals and background tasks. The only place that starts threads."""
