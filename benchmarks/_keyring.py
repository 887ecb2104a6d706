"""A password store for the benchmarks' processes, which share it through one JSON file (this machine has
no system keyring). Chosen with ``PYTHON_KEYRING_BACKEND=_keyring.SharedFileKeyring`` and the file named by
``OPTIMCE_BENCHMARK_KEYRING``; never used by the app itself."""

from __future__ import annotations

import json
import os
from pathlib import Path

from keyring.backend import KeyringBackend
from keyring.errors import PasswordDeleteError


class SharedFileKeyring(KeyringBackend):
    priority = 1  # type: ignore[assignment] - only ever chosen through the environment

    @property
    def _path(self) -> Path:
        return Path(os.environ["OPTIMCE_BENCHMARK_KEYRING"])

    def _entries(self) -> dict[str, str]:
        try:
            return json.loads(self._path.read_text(encoding="utf-8"))
        except FileNotFoundError:
            return {}

    def get_password(self, service: str, username: str) -> str | None:
        return self._entries().get(f"{service}\n{username}")

    def set_password(self, service: str, username: str, password: str) -> None:
        entries = self._entries()
        entries[f"{service}\n{username}"] = password
        self._path.write_text(json.dumps(entries), encoding="utf-8")

    def delete_password(self, service: str, username: str) -> None:
        entries = self._entries()
        if entries.pop(f"{service}\n{username}", None) is None:
            raise PasswordDeleteError(username)
        self._path.write_text(json.dumps(entries), encoding="utf-8")
