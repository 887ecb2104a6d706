"""Checks the NSIS setup program under Wine, around a stand-in executable (no Windows Python here).

    python installer/check_under_wine.py [--keep DIR]

Needs makensis and Wine (Debian: ``apt-get install nsis wine``); takes a few minutes. It compiles a stand-in
for the app (a tiny NSIS program that can be kept running), two bundles around it (versions 1.0.0 and
1.1.0, each with a file of its own) and their setup programs for amd64 through ``build.py``, then, in a
fresh Wine prefix, runs and asserts files, shortcuts and registry entries after each step:

1. silent install in French; 2. a folder holding other files refused; 3. upgrade (1.0.0's own file gone);
4. downgrade refused, then allowed with /ALLOWDOWNGRADE, then upgraded again; 5. install and uninstall while
the app runs, both refused with their exit code and a logged reason; 6. silent uninstall with ``_?=``:
returns once removed, keeps the user's data and a file the user put in the folder; 7. silent install and
uninstall again: the folder goes too.

Exits 0 when every check passed. ``--keep DIR`` keeps the prefix and the setup programs there.
"""

from __future__ import annotations

import argparse
import os
import shutil
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

import build  # noqa: E402
import release_info  # noqa: E402

APP = release_info.APP
UNINSTALL_KEY = rf"HKCU\Software\Microsoft\Windows\CurrentVersion\Uninstall\{APP}"
OLD, NEW = "1.0.0", "1.1.0"
WINE_TIMEOUT = 300
"""Seconds for one program under Wine (the machine may be busy)."""

STAND_IN = r"""
; A stand-in for optimce-desktop.exe: /HOLD=<file> writes <file>.started, then runs until <file> exists.
Unicode true
SilentInstall silent
RequestExecutionLevel user
OutFile "${OUTFILE}"
!include "FileFunc.nsh"
Section
  ${GetParameters} $0
  ClearErrors
  ${GetOptions} $0 "/HOLD=" $1
  IfErrors done
  FileOpen $2 "$1.started" w
  FileClose $2
  wait:
    IfFileExists "$1" done
    Sleep 50
    Goto wait
  done:
SectionEnd
"""


class CheckFailed(Exception):  # noqa: N818 - reads as what happened
    pass


def check(condition: bool, what: str) -> None:
    if not condition:
        raise CheckFailed(what)
    print(f"  ok: {what}", flush=True)


def wait_until(condition: Callable[[], bool], what: str, timeout: float = 120) -> None:
    deadline = time.monotonic() + timeout
    while not condition():
        if time.monotonic() > deadline:
            raise CheckFailed(f"timed out waiting until {what}")
        time.sleep(0.1)


class Wine:
    def __init__(self, prefix: Path) -> None:
        self.prefix = prefix
        self.env = dict(os.environ, WINEPREFIX=str(prefix), WINEDEBUG="-all", WINEARCH="win64",
                        WINEDLLOVERRIDES="mscoree,mshtml=;winemenubuilder.exe=d")
        self.env.pop("DISPLAY", None)  # silent runs need no window
        self.env.pop("WAYLAND_DISPLAY", None)

    def boot(self) -> None:
        self.run(["wineboot", "--init"], wine=False)
        self.shutdown()  # the prefix is written once its server has quit
        users = [p for p in (self.prefix / "drive_c" / "users").iterdir() if p.name.lower() != "public"]
        if len(users) != 1:
            raise CheckFailed(f"expected one Wine user, found {[p.name for p in users]}")
        self.profile = users[0]

    def run(self, command: list[str], *, wine: bool = True) -> subprocess.CompletedProcess[str]:
        full = ["wine", *command] if wine else command
        result = subprocess.run(full, env=self.env, capture_output=True, text=True, errors="replace",
                                timeout=WINE_TIMEOUT)
        return result

    def start(self, command: list[str]) -> subprocess.Popen[bytes]:
        return subprocess.Popen(["wine", *command], env=self.env, stdout=subprocess.DEVNULL,
                                stderr=subprocess.DEVNULL)

    def shutdown(self) -> None:
        subprocess.run(["wineserver", "--wait"], env=self.env, timeout=WINE_TIMEOUT)

    def host(self, windows_path: str) -> Path:
        """The Linux path of a path on Wine's C: drive."""
        drive, _, rest = windows_path.partition(":")
        if drive.upper() != "C":
            raise ValueError(windows_path)
        return self.prefix / "drive_c" / Path(*[part for part in rest.split("\\") if part])

    def windows(self, path: Path) -> str:
        return "C:\\" + "\\".join(path.relative_to(self.prefix / "drive_c").parts)

    def registry(self, key: str) -> dict[str, str] | None:
        """The values of a registry key (None when it does not exist), through Wine's own ``reg``."""
        result = self.run(["reg", "query", key])
        if result.returncode:
            return None
        values = {}
        for line in result.stdout.splitlines():
            parts = line.strip().split(None, 2)
            if len(parts) >= 2 and parts[1].startswith("REG_"):
                values[parts[0]] = parts[2] if len(parts) == 3 else ""
        return values


def make_bundles(work: Path) -> dict[str, Path]:
    """Two one-folder bundles, 1.0.0 and 1.1.0: the stand-in as the executable and as the Python DLL (a
    Windows program, so build.py takes them for Windows bundles), some files, and one file of each version."""
    makensis = build.find_makensis()
    script = work / "stand-in.nsi"
    script.write_text(STAND_IN, encoding="utf-8")
    stand_in = work / "stand-in.exe"
    build.run("makensis (stand-in)", [makensis, "-V2", "-XTarget amd64-unicode", f"-DOUTFILE={stand_in}",
                                      str(script)])
    bundles = {}
    for version in (OLD, NEW):
        bundle = work / f"bundle-{version}" / "OptimCE Desktop"
        internal = bundle / "_internal"
        (internal / "PySide6" / "plugins" / "platforms").mkdir(parents=True)
        shutil.copy(stand_in, bundle / release_info.EXECUTABLE)
        shutil.copy(stand_in, internal / "python311.dll")
        shutil.copy(stand_in, internal / "PySide6" / "plugins" / "platforms" / "qwindows.dll")
        (internal / "base_library.zip").write_bytes(b"PK\x05\x06" + bytes(18))
        (internal / f"only-in-{version}.txt").write_text(version, encoding="utf-8")
        problem = release_info.windows_bundle_problem(bundle)
        if problem is not None:
            raise CheckFailed(f"the stand-in bundle is not taken for a Windows one: {problem}")
        bundles[version] = bundle
    return bundles


class Checks:
    def __init__(self, wine: Wine, setups: dict[str, Path]) -> None:
        self.wine = wine
        self.setups = setups
        profile = wine.profile
        self.local = profile / "AppData" / "Local"
        self.folder = self.local / "Programs" / APP
        self.data = self.local / "optimce-desktop"
        self.start_menu = profile / "AppData" / "Roaming" / "Microsoft" / "Windows" / "Start Menu"
        self.start_menu /= "Programs"

    def setup(self, version: str, *arguments: str) -> int:
        started = time.monotonic()
        result = self.wine.run([str(self.setups[version]), "/S", *arguments])
        print(f"  setup {version} {' '.join(('/S',) + arguments)}: exit code {result.returncode} "
              f"({time.monotonic() - started:.1f} s)", flush=True)
        self.report(result)
        return result.returncode

    def report(self, result: subprocess.CompletedProcess[str]) -> None:
        """What Wine itself said, when it said something (it never does for a setup program's own exit)."""
        said = (result.stdout + result.stderr).strip()
        if said:
            print("    wine: " + said.replace("\n", "\n    wine: "), flush=True)

    def uninstall(self, folder: Path) -> int:
        where = self.wine.windows(folder)
        started = time.monotonic()
        # Unquoted, as NSIS wants it: _?= takes the rest of the command line, spaces included (Wine would
        # quote one argument holding spaces).
        result = self.wine.run([str(folder / "uninstall.exe"), "/S", *f"_?={where}".split(" ")])
        print(f"  uninstall.exe /S _?={where}: exit code {result.returncode} "
              f"({time.monotonic() - started:.1f} s)", flush=True)
        self.report(result)
        return result.returncode

    def log_text(self) -> str:
        """The setup log, in %TEMP% (Wine's is not under AppData\\Local)."""
        return "".join(log.read_text(encoding="utf-16")
                       for log in self.wine.profile.rglob("OptimCE-Desktop-setup.log"))

    def handed_language(self) -> str:
        """The setup's installer.ini, beside the app's settings (WriteINIStr writes it in ANSI)."""
        path = self.data / "installer.ini"
        return path.read_text(errors="replace").replace(" ", "") if path.exists() else ""

    def shortcut_to_app(self, link: Path) -> bool:
        if not link.is_file():
            return False
        data = link.read_bytes()
        return release_info.EXECUTABLE.encode() in data or release_info.EXECUTABLE.encode("utf-16-le") in data

    def assert_installed(self, version: str) -> None:
        check((self.folder / release_info.EXECUTABLE).is_file(), f"{version}: the executable is installed")
        plugins = self.folder / "_internal" / "PySide6" / "plugins"
        check((self.folder / "_internal" / "python311.dll").is_file()
              and (plugins / "platforms" / "qwindows.dll").is_file(),
              f"{version}: the bundle's files are installed")
        check((self.folder / "_internal" / f"only-in-{version}.txt").is_file(),
              f"{version}: its own file is there")
        other = NEW if version == OLD else OLD
        check(not (self.folder / "_internal" / f"only-in-{other}.txt").exists(),
              f"{version}: the other version's own file is not")
        check((self.folder / "uninstall.exe").is_file(), f"{version}: the uninstaller is there")
        check(self.shortcut_to_app(self.start_menu / f"{APP}.lnk"),
              "the Start menu shortcut points to the app")
        values = self.wine.registry(UNINSTALL_KEY) or {}
        where = self.wine.windows(self.folder)
        expected = {"DisplayName": APP, "DisplayVersion": version, "Publisher": "OptimCE",
                    "InstallLocation": where, "DisplayIcon": f"{where}\\{release_info.EXECUTABLE}",
                    "UninstallString": f'"{where}\\uninstall.exe"',
                    "QuietUninstallString": f'"{where}\\uninstall.exe" /S _?={where}',
                    "VersionQuad": release_info.version_quad(version)}
        wrong = {name: (values.get(name), value) for name, value in expected.items()
                 if values.get(name) != value}
        check(not wrong, f"{version}: the Apps entry (HKCU Uninstall key) says {expected['DisplayVersion']}, "
              f"the folder and both uninstall commands" + (f" -- differences: {wrong}" if wrong else ""))
        check(values.get("EstimatedSize", "").startswith("0x"), f"{version}: the Apps entry has a size")

    def assert_removed(self, *, user_file: Path | None) -> None:
        check(not (self.folder / release_info.EXECUTABLE).exists(), "the executable is removed")
        check(not (self.folder / "_internal" / "python311.dll").exists()
              and not (self.folder / "_internal" / "PySide6").exists(), "the bundle's files are removed")
        check(not (self.start_menu / f"{APP}.lnk").exists(), "the Start menu shortcut is removed")
        check(self.wine.registry(UNINSTALL_KEY) is None, "the Apps entry is removed")
        check(self.wine.registry(rf"HKCU\Software\OptimCE\{APP}") is None,
              "the setup's language entry is removed")
        check((self.data / "settings.ini").is_file(), "the user's settings are kept")
        check(not (self.data / "installer.ini").exists(), "the language hand-over file is removed")
        if user_file is not None:
            check(user_file.is_file(), "a file the user put into the folder is kept")
        wait_until(lambda: not (self.folder / "uninstall.exe").exists(), "the uninstaller deleted itself")
        check(not (self.folder / "uninstall.exe").exists(), "the uninstaller is removed once it has quit")
        if user_file is None:
            wait_until(lambda: not self.folder.exists(), "the folder is removed")
            check(not self.folder.exists(), "the emptied folder is removed")

    def run_all(self) -> None:
        print("1. Silent install of 1.0.0, in French", flush=True)
        check(self.setup(OLD, "/LANGUAGE=fr") == 0, "exit code 0")
        self.assert_installed(OLD)
        check(not (self.wine.profile / "Desktop" / f"{APP}.lnk").exists(),
              "no desktop shortcut unless ticked")
        check("language=fr" in self.handed_language(), "the app is told the setup's language (fr)")
        # the user's own data
        (self.data / "settings.ini").write_text("[ui]\nlanguage=nl\n", encoding="utf-8")

        print("2. A folder holding other files is refused", flush=True)
        shared = self.wine.prefix / "drive_c" / "Shared"
        (shared / "_internal").mkdir(parents=True)
        (shared / "_internal" / "theirs.dll").write_bytes(b"not ours")
        check(self.setup(NEW, f"/D={self.wine.windows(shared)}") == build_exit("FOLDER"), "exit code 5")
        check((shared / "_internal" / "theirs.dll").read_bytes() == b"not ours"
              and not (shared / release_info.EXECUTABLE).exists(), "the folder is untouched")
        check("holds other files" in self.log_text(), "the reason is in the setup log")
        self.assert_installed(OLD)

        print("3. Silent upgrade to 1.1.0", flush=True)
        check(self.setup(NEW) == 0, "exit code 0")
        self.assert_installed(NEW)
        check((self.data / "settings.ini").is_file(), "the user's settings are kept")
        check("language=fr" in self.handed_language(), "the language chosen at the first install is kept")

        print("4. Downgrade to 1.0.0", flush=True)
        check(self.setup(OLD) == build_exit("DOWNGRADE"), "refused silently: exit code 4")
        check("version 1.1.0 is installed, newer than this one" in self.log_text(),
              "the reason is in the setup log")
        self.assert_installed(NEW)
        check(self.setup(OLD, "/ALLOWDOWNGRADE") == 0, "allowed with /ALLOWDOWNGRADE: exit code 0")
        self.assert_installed(OLD)
        check(self.setup(NEW) == 0, "upgraded again: exit code 0")
        self.assert_installed(NEW)

        print("5. While the app runs", flush=True)
        hold = self.wine.prefix / "drive_c" / "hold"
        app = self.wine.start([str(self.folder / release_info.EXECUTABLE),
                               f"/HOLD={self.wine.windows(hold)}"])
        try:
            wait_until(lambda: hold.with_name("hold.started").exists(), "the stand-in app runs")
            check(self.setup(NEW) == build_exit("RUNNING"), "reinstalling is refused: exit code 3")
            check(self.uninstall(self.folder) == build_exit("RUNNING"),
                  "uninstalling is refused: exit code 3")
            check("the app is running from" in self.log_text(), "the reason is in the setup log")
            self.assert_installed(NEW)
        finally:
            hold.write_text("")
            app.wait(timeout=WINE_TIMEOUT)
        check(app.returncode == 0, "the stand-in app quit")

        print("6. Silent uninstall (uninstall.exe /S _?=folder), a file of the user's in the folder",
              flush=True)
        user_file = self.folder / "_internal" / "notes.txt"
        user_file.write_text("mine", encoding="utf-8")
        check(self.uninstall(self.folder) == 0, "exit code 0, once removed")
        self.assert_removed(user_file=user_file)

        print("7. Silent install and uninstall again: the folder goes too", flush=True)
        shutil.rmtree(self.folder)
        check(self.setup(NEW, "/LANGUAGE=de") == 0, "exit code 0")
        self.assert_installed(NEW)
        check("language=de" in self.handed_language(), "the app is told the setup's language (de)")
        check(self.uninstall(self.folder) == 0, "exit code 0, once removed")
        self.assert_removed(user_file=None)


def build_exit(reason: str) -> int:
    """The setup program's exit codes, read from the script (one source)."""
    for line in build.SCRIPT.read_text(encoding="utf-8").splitlines():
        parts = line.split()
        if len(parts) == 3 and parts[:2] == ["!define", f"EXIT_{reason}"]:
            return int(parts[2])
    raise CheckFailed(f"EXIT_{reason} is not defined in {build.SCRIPT.name}")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description="Check the NSIS setup program under Wine.")
    parser.add_argument("--keep", type=Path, help="work in this folder and keep it")
    args = parser.parse_args(argv)
    if shutil.which("wine") is None:
        print("check_under_wine.py: error: Wine is not installed (Debian: apt-get install wine)",
              file=sys.stderr)
        return 2
    started = time.monotonic()
    with tempfile.TemporaryDirectory(prefix="optimce-wine-") as temporary:
        work = args.keep.resolve() if args.keep else Path(temporary)
        work.mkdir(parents=True, exist_ok=True)
        wine = Wine(work / "prefix")
        try:
            print("Building the stand-in, its bundles and their setup programs (amd64)", flush=True)
            bundles = make_bundles(work)
            setups = {version: build.build_installer(bundle, version, work / "setups", target="amd64-unicode",
                                                     verbosity=1)
                      for version, bundle in bundles.items()}
            check(all(setup.name == f"OptimCE-Desktop-{version}-setup.exe"
                      for version, setup in setups.items()),
                  "build.py names them as setup programs (Windows bundles)")
            print("Creating a Wine prefix", flush=True)
            wine.boot()
            Checks(wine, setups).run_all()
        except (CheckFailed, build.BuildError) as error:
            print(f"FAILED: {error}", file=sys.stderr)
            log = work / "prefix"
            for found in log.rglob("OptimCE-Desktop-setup.log"):
                text = found.read_text(encoding="utf-16", errors="replace")
                print(f"--- {found.name}\n{text}", file=sys.stderr)
            return 1
        finally:
            if wine.prefix.exists():
                wine.shutdown()
    print(f"All checks passed ({time.monotonic() - started:.0f} s)")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
