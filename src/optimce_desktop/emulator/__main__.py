"""``python -m optimce_desktop.emulator``: serve the demo CRM and its sign-in server until Ctrl+C, with
ready-to-use tokens."""

from __future__ import annotations

import argparse
import datetime as dt
import shlex
import signal
import threading
from pathlib import Path

from optimce_desktop.emulator.runner import EmulatorServer, default_db_path
from optimce_desktop.emulator.seed import DEMO_MANAGER, MEMBER_ONLY, TOURNESOLS_AUTH_ID

CLI_TOKEN_LIFETIME = 30 * 24 * 3600.0


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(
        prog="python -m optimce_desktop.emulator",
        description="Serve the OptimCE CRM emulator (demo data) until Ctrl+C.",
    )
    parser.add_argument("--port", type=int, default=8800, help="TCP port (0: any free port; default 8800)")
    parser.add_argument("--host", default="127.0.0.1", help="address to listen on (default 127.0.0.1)")
    parser.add_argument(
        "--db",
        type=Path,
        default=None,
        help=f"SQLite file of the CRM (default {default_db_path()}); seeded when new",
    )
    parser.add_argument(
        "--meters",
        type=int,
        default=None,
        help="meters of the first community when the database is new (default 300)",
    )
    parser.add_argument(
        "--today",
        type=dt.date.fromisoformat,
        default=None,
        help="fix the emulator's date (YYYY-MM-DD; default: today in Brussels)",
    )
    args = parser.parse_args(argv)
    db_path = args.db or default_db_path()
    existed = db_path.exists()
    server = EmulatorServer(
        db_path,
        meters=args.meters,
        today=args.today,
        port=args.port,
        host=args.host,
        token_lifetime=CLI_TOKEN_LIFETIME,
    )
    # Ctrl+C and a termination request end the wait below, so that the server closes cleanly (SIGINT is
    # installed explicitly: a process started in the background by a shell inherits it ignored).
    for signal_number in (signal.SIGINT, signal.SIGTERM):
        signal.signal(signal_number, _interrupt)
    try:
        server.start()
        manager, member = server.token_for(DEMO_MANAGER), server.token_for(MEMBER_ONLY)
        note = " (existing: --meters ignored)" if existed and args.meters is not None else ""
        print(f"OptimCE CRM emulator at {server.base_url}")
        print(f"Database: {db_path}{note}; today: {server.today.isoformat()}")
        for community in server.communities:
            print(
                f"  community {community.id} {community.name!r}: X-Community-ID {community.auth_community_id}"
            )
        print(f"OpenID issuer: {server.issuer_url} (client id optimce-desktop; its sign-in page asks which "
              "demo user signs in)")
        print(f"  the app on it: optimce-desktop --api-url {server.base_url} --issuer {server.issuer_url}")
        print("Bearer tokens (valid 30 days, until this process stops):")
        print(f"  {DEMO_MANAGER} (MANAGER of CE Les Tournesols): {manager}")
        print(f"  {MEMBER_ONLY} (MEMBER only): {member}")
        url = shlex.quote(f"{server.base_url}/meters?limit=5")
        print("Try:")
        print(f'  curl -H "Authorization: Bearer {manager}" -H "X-Community-ID: {TOURNESOLS_AUTH_ID}" {url}')
        print("Ctrl+C to stop.", flush=True)
        threading.Event().wait()
    except KeyboardInterrupt:
        pass
    finally:
        server.close()
    return 0


def _interrupt(signal_number: int, frame: object) -> None:
    raise KeyboardInterrupt


if __name__ == "__main__":
    raise SystemExit(main())
