"""The emulator's command line, started as an operator starts it: its banner read up to "Ctrl+C"."""

from __future__ import annotations

import re
import subprocess
import sys
from collections.abc import Sequence


def start_emulator(*arguments: str) -> tuple[subprocess.Popen[str], str, str]:
    """The running process, the banner it printed, and the address it serves."""
    command: Sequence[str] = [sys.executable, "-m", "optimce_desktop.emulator", *arguments]
    process = subprocess.Popen(command, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    lines = []
    assert process.stdout is not None
    for line in process.stdout:
        lines.append(line)
        if line.startswith("Ctrl+C"):
            break
    banner = "".join(lines)
    found = re.search(r"at (http://127\.0\.0\.1:\d+)", banner)
    if found is None:
        process.kill()
        raise AssertionError(f"the emulator printed no address: {banner}{process.communicate()[1]}")
    return process, banner, found.group(1)
