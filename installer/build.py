"""Builds the installer of OptimCE Desktop: the PyInstaller bundle, then the NSIS setup program.

    python installer/build.py [--smoke] [--no-installer] [--build-dir DIR] [--output DIR]

The setup program, OptimCE-Desktop-<version>-setup.exe, goes into --output. On Linux the bundle is a Linux
one: --smoke checks it, and the setup program built around it only shows that the NSIS script compiles.
"""

from __future__ import annotations

import argparse
import importlib.metadata
import importlib.util
import os
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
SPEC = HERE / "optimce-desktop.spec"
SCRIPT = HERE / "optimce-desktop.nsi"
WINDOWS = sys.platform == "win32"
BUNDLE = "OptimCE Desktop"  # the spec's folder (COLLECT) and executable (EXE) names
EXECUTABLE = "optimce-desktop.exe" if WINDOWS else "optimce-desktop"
SMOKE_TIMEOUT = 120
"""Seconds. The app gives up 15 s after starting; this catches a start that never gets that far (on Windows,
a GUI executable that fails shows an error box and waits)."""
STARTUP_ERRORS = ("Traceback (most recent call last)", "ModuleNotFoundError", "ImportError")


class BuildError(Exception):
    pass


def parse_args() -> argparse.Namespace:
    parser = argparse.ArgumentParser(description="Build the OptimCE Desktop installer.")
    default_build_dir = Path(tempfile.gettempdir(), "optimce-desktop-build")
    parser.add_argument("--build-dir", type=Path, default=default_build_dir,
                        help="PyInstaller's work and dist folders go here (default: %(default)s)")
    parser.add_argument("--output", type=Path,
                        help="folder of the setup program (default: BUILD_DIR/installer)")
    parser.add_argument("--no-installer", action="store_true", help="build the bundle only")
    parser.add_argument("--smoke", action="store_true",
                        help="start the bundled app on its demo data and fail unless it shows its window")
    return parser.parse_args()


def run(name: str, command: list[str]) -> None:
    print("+", subprocess.list2cmdline(command), flush=True)
    code = subprocess.run(command).returncode
    if code:
        raise BuildError(f"{name} failed (exit code {code})")


def build_bundle(build_dir: Path) -> Path:
    if importlib.util.find_spec("PyInstaller") is None:
        raise BuildError(f"PyInstaller is not installed in this Python ({sys.executable}): "
                         "pip install -e .[installer]")
    dist = build_dir / "dist"
    run("PyInstaller", [sys.executable, "-m", "PyInstaller", "--noconfirm", "--clean", "--log-level", "WARN",
         "--workpath", str(build_dir / "work"), "--distpath", str(dist), str(SPEC)])
    return dist / BUNDLE


def smoke(executable: Path) -> None:
    """Runs ``--demo --smoke``: the demo's embedded CRM starts, the window opens and paints, the app quits."""
    with tempfile.TemporaryDirectory(prefix="optimce-smoke-") as home:
        env = dict(os.environ)
        # The demo writes its database and settings: into a temporary folder, never the user's.
        if WINDOWS:
            env.update(WIN_PD_OVERRIDE_LOCAL_APPDATA=home, WIN_PD_OVERRIDE_APPDATA=home)  # platformdirs
        else:
            env["QT_QPA_PLATFORM"] = "offscreen"
            env.update({f"XDG_{kind}_HOME": os.path.join(home, kind.lower())
                        for kind in ("CONFIG", "DATA", "CACHE", "STATE")})
        command = [str(executable), "--demo", "--smoke"]
        print("+", subprocess.list2cmdline(command), flush=True)
        try:
            result = subprocess.run(command, env=env, capture_output=True, text=True, errors="replace",
                                    timeout=SMOKE_TIMEOUT)
        except subprocess.TimeoutExpired as timeout:
            raise BuildError(f"the bundled app did not quit within {SMOKE_TIMEOUT} s") from timeout
    errors = [marker for marker in STARTUP_ERRORS if marker in result.stderr]
    if result.returncode or errors:
        sys.stderr.write(result.stdout + result.stderr)
        reason = f"exit code {result.returncode}" if result.returncode else f"it printed {', '.join(errors)}"
        raise BuildError(f"the bundled app failed its smoke test ({reason})")


def find_makensis() -> str:
    found = shutil.which("makensis")
    if found is None and WINDOWS:  # NSIS's own installer does not add itself to PATH
        folders = (os.environ.get("ProgramFiles(x86)"), os.environ.get("ProgramFiles"))
        found = next((str(exe) for folder in folders if folder
                      and (exe := Path(folder, "NSIS", "makensis.exe")).is_file()), None)
    if found is None:
        raise BuildError("makensis (NSIS 3) was not found: install NSIS (https://nsis.sourceforge.io, "
                         "`choco install nsis`, or a Linux distribution's nsis package) and put it on PATH, "
                         "or use --no-installer")
    return found


def build_installer(bundle: Path, version: str, output: Path) -> Path:
    makensis = find_makensis()
    output.mkdir(parents=True, exist_ok=True)
    setup = output / f"OptimCE-Desktop-{version}-setup.exe"
    # Absolute paths: makensis runs from the script's folder. The script is UTF-8 (translated texts).
    run("makensis", [makensis, "-V2", "-INPUTCHARSET", "UTF8", f"-DVERSION={version}",
                     f"-DSOURCE_DIR={bundle}", f"-DOUTFILE={setup}", str(SCRIPT)])
    return setup


def size_mb(path: Path) -> float:
    files = [path] if path.is_file() else [f for f in path.rglob("*") if f.is_file() and not f.is_symlink()]
    return sum(f.stat().st_size for f in files) / 1e6


def main() -> int:
    args = parse_args()
    build_dir = args.build_dir.resolve()
    output = (args.output or build_dir / "installer").resolve()
    try:
        try:
            version = importlib.metadata.version("optimce-desktop")
        except importlib.metadata.PackageNotFoundError as error:
            raise BuildError("optimce-desktop is not installed in this Python: pip install -e .[installer]") \
                from error
        started = time.monotonic()
        bundle = build_bundle(build_dir)
        print(f"Bundle: {bundle} ({size_mb(bundle):.0f} MB, {time.monotonic() - started:.0f} s)", flush=True)
        if args.smoke:
            started = time.monotonic()
            smoke(bundle / EXECUTABLE)
            print(f"Smoke test passed ({time.monotonic() - started:.1f} s)", flush=True)
        if not args.no_installer:
            started = time.monotonic()
            setup = build_installer(bundle, version, output)
            print(f"Installer: {setup} ({size_mb(setup):.0f} MB, {time.monotonic() - started:.0f} s)")
    except BuildError as error:
        print(f"build.py: error: {error}", file=sys.stderr)
        return 1
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
