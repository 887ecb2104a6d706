"""``python -m optimce_desktop.emulator``: serve the demo CRM and its sign-in server until Ctrl+C, with
ready-to-use tokens."""

from __future__ import annotations

import argparse
import datetime as dt
import shlex
import signal
import threading
from pathlib import Path

from optimce_desktop.emulator.oidc import PROFILES
from optimce_desktop.emulator.runner import EmulatorServer, default_db_path
from optimce_desktop.emulator.seed import DEMO_MANAGER, MEMBER_ONLY, TOURNESOLS_AUTH_ID
from optimce_desktop.emulator.timings import PROFILES as SERVER_TIMINGS

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
    parser.add_argument(
        "--provider",
        choices=sorted(PROFILES),
        default="keycloak",
        help="how the OpenID provider behaves: like Keycloak (default: revocation endpoint, "
        "preferred_username always) or like a plainer standard provider (no revocation endpoint, RS256, "
        "preferred_username only with the profile scope, sign-out in the browser)",
    )
    parser.add_argument("--fail-rate", type=float, default=0.0,
                        help="fraction of requests (0 to 1) that fail as a busy gateway (503) or a broken "
                        "network (dropped connection) would, unapplied; default 0")
    parser.add_argument("--latency-ms", type=float, default=0.0,
                        help="milliseconds added before each request is handled (default 0)")
    parser.add_argument("--fault-seed", type=int, default=None,
                        help="seed of --fail-rate's draws, for a run that fails the same requests again")
    parser.add_argument("--server-timings", choices=sorted(SERVER_TIMINGS), default="emulator",
                        help="how long answers take: as fast as the emulator can (default), or as the real "
                        "CRM's (a list page 0.10-0.23 s for 2,000 rows, 0.22-0.47 s for 5,000; a detail "
                        "5-9 ms)")
    args = parser.parse_args(argv)
    if not 0.0 <= args.fail_rate <= 1.0 or args.latency_ms < 0:
        parser.error("--fail-rate is from 0 to 1, --latency-ms at least 0")
    db_path = args.db or default_db_path()
    existed = db_path.exists()
    server = EmulatorServer(
        db_path,
        meters=args.meters,
        today=args.today,
        port=args.port,
        host=args.host,
        token_lifetime=CLI_TOKEN_LIFETIME,
        provider=PROFILES[args.provider],
        server_timings=SERVER_TIMINGS[args.server_timings],
    )
    # Ctrl+C and a termination request end the wait below, so that the server closes cleanly (SIGINT is
    # installed explicitly: a process started in the background by a shell inherits it ignored).
    for signal_number in (signal.SIGINT, signal.SIGTERM):
        signal.signal(signal_number, _interrupt)
    if args.fail_rate or args.latency_ms:
        server.faults.set_random(fail_rate=args.fail_rate, latency=args.latency_ms / 1000,
                                 seed=args.fault_seed)
    try:
        server.start()
        manager, member = server.token_for(DEMO_MANAGER), server.token_for(MEMBER_ONLY)
        note = " (existing: --meters ignored)" if existed and args.meters is not None else ""
        print(f"OptimCE CRM emulator at {server.base_url}")
        print(f"Database: {db_path}{note}; today: {server.today.isoformat()}")
        if args.fail_rate or args.latency_ms:
            print(f"Random faults: {args.fail_rate:.0%} of requests fail (503 or dropped connection), "
                  f"{args.latency_ms:g} ms added to each")
        if args.server_timings != "emulator":
            print(f"Answer times: as the {args.server_timings} server's")
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
