"""Builds the installer of OptimCE Desktop: the PyInstaller bundle, then the NSIS setup program.

    python installer/build.py [--smoke] [--no-installer] [--bundle DIR] [--build-dir DIR] [--output DIR]

The setup program, OptimCE-Desktop-<version>-setup.exe, goes into --output. It is made from a Windows bundle
only: on Linux the bundle is a Linux one, which --smoke checks, and the setup program built around it is a
script check named ...-script-check-NOT-FOR-WINDOWS.exe. With OPTIMCE_SIGN_TOOL set, the executable, the
uninstaller and the setup program are signed (see sign.py).
"""

from __future__ import annotations

import argparse
import importlib.util
import os
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

import release_info  # noqa: E402
import sign  # noqa: E402

SPEC = HERE / "optimce-desktop.spec"
SCRIPT = HERE / "optimce-desktop.nsi"
WINDOWS = sys.platform == "win32"
BUNDLE = "OptimCE Desktop"  # the spec's folder (COLLECT) and executable (EXE) names
EXECUTABLE = release_info.EXECUTABLE if WINDOWS else "optimce-desktop"
NSIS_TARGET = "x86-unicode"
"""The setup program's own processor: NSIS's Windows releases ship x86 stubs only, and a 32-bit setup
program installs the 64-bit app as well. The Wine check builds for amd64-unicode (no 32-bit Wine here)."""
SMOKE_TIMEOUT = 120
"""Seconds. The app gives up 15 s after starting; this catches a start that never gets that far."""
STARTUP_ERRORS = ("Traceback (most recent call last)", "ModuleNotFoundError", "ImportError")


class BuildError(Exception):
    pass


def parse_args(argv: list[str] | None = None) -> argparse.Namespace:
    parser = argparse.ArgumentParser(description="Build the OptimCE Desktop installer.")
    default_build_dir = Path(tempfile.gettempdir(), "optimce-desktop-build")
    parser.add_argument("--build-dir", type=Path, default=default_build_dir,
                        help="PyInstaller's work and dist folders go here (default: %(default)s)")
    parser.add_argument("--output", type=Path,
                        help="folder of the setup program (default: BUILD_DIR/installer)")
    parser.add_argument("--bundle", type=Path,
                        help="package this one-folder bundle rather than running PyInstaller")
    parser.add_argument("--no-installer", action="store_true", help="build the bundle only")
    parser.add_argument("--smoke", action="store_true",
                        help="start the bundled app on its demo data and fail unless it shows its window")
    return parser.parse_args(argv)


def run(name: str, command: list[str], cwd: Path | None = None) -> None:
    print("+", subprocess.list2cmdline(command), flush=True)
    code = subprocess.run(command, cwd=cwd).returncode
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


def smoke_environment(home: str) -> dict[str, str]:
    """The app's data, settings and log into ``home``, never the user's; Qt offscreen everywhere, so that a
    failed start ends with its traceback rather than waiting on a window."""
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen")
    # platformdirs: on Windows, %LOCALAPPDATA% and %APPDATA%; elsewhere the XDG folders.
    env.update(WIN_PD_OVERRIDE_LOCAL_APPDATA=home, WIN_PD_OVERRIDE_APPDATA=home)
    env.update({f"XDG_{kind}_HOME": os.path.join(home, kind.lower())
                for kind in ("CONFIG", "DATA", "CACHE", "STATE")})
    return env


def smoke(executable: Path) -> None:
    """Runs ``--demo --smoke``: the demo's embedded CRM starts, the window opens and paints, the app quits."""
    with tempfile.TemporaryDirectory(prefix="optimce-smoke-") as home:
        command = [str(executable), "--demo", "--smoke"]
        print("+", subprocess.list2cmdline(command), flush=True)
        try:
            result = subprocess.run(command, env=smoke_environment(home), capture_output=True, text=True,
                                    errors="replace", timeout=SMOKE_TIMEOUT)
        except subprocess.TimeoutExpired as timeout:
            raise BuildError(f"the bundled app did not quit within {SMOKE_TIMEOUT} s") from timeout
        # A windowed executable has no standard error on Windows: its traceback is in its log.
        logs = "".join(f"--- {log}\n{log.read_text(encoding='utf-8', errors='replace')}"
                       for log in sorted(Path(home).rglob("*.log")))
    errors = [marker for marker in STARTUP_ERRORS if marker in result.stderr or marker in logs]
    if result.returncode or errors:
        sys.stderr.write(result.stdout + result.stderr + logs)
        reason = f"exit code {result.returncode}" if result.returncode else f"it printed {', '.join(errors)}"
        raise BuildError(f"the bundled app failed its smoke test ({reason})")


def find_makensis() -> str:
    found = shutil.which("makensis")
    if found is None and WINDOWS:  # NSIS's own installer does not add itself to PATH
        folders = (os.environ.get("ProgramFiles(x86)"), os.environ.get("ProgramFiles"))
        found = next((str(exe) for folder in folders if folder
                      and (exe := Path(folder, "NSIS", "makensis.exe")).is_file()), None)
    if found is None:
        raise BuildError("makensis (NSIS 3.08 or newer) was not found: install NSIS "
                         "(https://nsis.sourceforge.io, `choco install nsis`, or a Linux distribution's nsis "
                         "package) and put it on PATH, or use --no-installer")
    return found


def nsis_path(path: Path) -> str:
    """A path as the NSIS script writes it: Windows separators, ``$`` doubled (NSIS's escape)."""
    return str(path).replace("/", "\\").replace("$", "$$")


def write_uninstall_list(bundle: Path, destination: Path) -> Path:
    """The uninstaller's list of what the setup program installs: each file of the bundle, then each of its
    folders, deepest first. The uninstaller removes those and nothing else (a folder only once empty)."""
    files = sorted(p.relative_to(bundle) for p in bundle.rglob("*") if p.is_file() or p.is_symlink())
    folders = sorted((p.relative_to(bundle) for p in bundle.rglob("*") if p.is_dir() and not p.is_symlink()),
                     key=lambda p: (-len(p.parts), str(p)))
    lines = ["; Generated by installer/build.py from the bundle: what the setup program installs."]
    lines += [f'Delete "$INSTDIR\\{nsis_path(file)}"' for file in files]
    lines += [f'RMDir "$INSTDIR\\{nsis_path(folder)}"' for folder in folders]
    destination.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return destination


def setup_name(version: str, windows_bundle: bool) -> str:
    suffix = "setup" if windows_bundle else "script-check-NOT-FOR-WINDOWS"
    return f"OptimCE-Desktop-{version}-{suffix}.exe"


def build_installer(bundle: Path, version: str, output: Path, *, target: str = NSIS_TARGET,
                    verbosity: int = 2) -> Path:
    """Compiles the setup program around ``bundle``. A bundle that is not a Windows one (a Linux build)
    only gives a script check, which says so in its name and title."""
    makensis = find_makensis()
    problem = release_info.windows_bundle_problem(bundle)
    if problem is not None and WINDOWS:
        raise BuildError(f"{bundle} is not a Windows bundle of the app: {problem}")
    if problem is not None:
        print(f"Not a Windows bundle ({problem}): the setup program only checks the NSIS script", flush=True)
    output.mkdir(parents=True, exist_ok=True)
    setup = output / setup_name(version, problem is None)
    with tempfile.TemporaryDirectory(prefix="optimce-nsis-") as work:
        uninstall_list = write_uninstall_list(bundle, Path(work, "uninstall-list.nsh"))
        defines = {"VERSION": version, "VERSION_QUAD": release_info.version_quad(version),
                   "SOURCE_DIR": str(bundle), "OUTFILE": str(setup), "UNINSTALL_LIST": str(uninstall_list),
                   "ICON": str(release_info.ICON)}
        if problem is not None:
            defines["SCRIPT_CHECK"] = "1"
        if sign.configured():
            # makensis runs it on the uninstaller and on the setup program, %1 being the file
            defines["SIGN_COMMAND"] = subprocess.list2cmdline([sys.executable, str(HERE / "sign.py")])
        # Absolute paths: makensis runs from the script's folder. The script is UTF-8 (translated texts).
        run("makensis", [makensis, f"-V{verbosity}", "-INPUTCHARSET", "UTF8", f"-XTarget {target}",
                         *(f"-D{name}={value}" for name, value in defines.items()), str(SCRIPT)])
    return setup


def size_mb(path: Path) -> float:
    files = [path] if path.is_file() else [f for f in path.rglob("*") if f.is_file() and not f.is_symlink()]
    return sum(f.stat().st_size for f in files) / 1e6


def main(argv: list[str] | None = None) -> int:
    args = parse_args(argv)
    build_dir = args.build_dir.resolve()
    output = (args.output or build_dir / "installer").resolve()
    try:
        version = release_info.package_version()
        started = time.monotonic()
        if args.bundle:
            bundle = args.bundle.resolve()
        else:
            bundle = build_bundle(build_dir)
            if sign.configured() and WINDOWS:
                sign.sign(bundle / EXECUTABLE)
        print(f"Bundle: {bundle} ({size_mb(bundle):.0f} MB, {time.monotonic() - started:.0f} s)", flush=True)
        if args.smoke:
            started = time.monotonic()
            smoke(bundle / EXECUTABLE)
            print(f"Smoke test passed ({time.monotonic() - started:.1f} s)", flush=True)
        if not args.no_installer:
            started = time.monotonic()
            setup = build_installer(bundle, version, output)
            print(f"Installer: {setup} ({size_mb(setup):.0f} MB, {time.monotonic() - started:.0f} s)")
    except (BuildError, sign.SigningError, ValueError) as error:
        print(f"build.py: error: {error}", file=sys.stderr)
        return 1
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
