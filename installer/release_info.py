"""What the Windows build says about itself: the version (one source, the package's ``__version__``), the
numeric form Windows' version resources need, the executable's version resource, and the bundle's kind.

Used by ``build.py`` and by ``optimce-desktop.spec``; no third-party import.
"""

from __future__ import annotations

import ast
import re
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
PACKAGE_INIT = ROOT / "src" / "optimce_desktop" / "__init__.py"
ICON = ROOT / "resources" / "icons" / "optimce-desktop.ico"
APP = "OptimCE Desktop"
PUBLISHER = "OptimCE"
EXECUTABLE = "optimce-desktop.exe"
COPYRIGHT = "OptimCE contributors, AGPL-3.0-or-later"


def package_version(init: Path = PACKAGE_INIT) -> str:
    """``__version__`` of the source tree being bundled (pyproject.toml reads the same attribute)."""
    for node in ast.parse(init.read_text(encoding="utf-8")).body:
        names = [getattr(target, "id", None) for target in getattr(node, "targets", ())]
        if isinstance(node, ast.Assign) and "__version__" in names:
            value = node.value
            if isinstance(value, ast.Constant) and isinstance(value.value, str):
                return value.value
    raise ValueError(f"no __version__ = '...' in {init}")


def version_numbers(version: str) -> tuple[int, int, int, int]:
    """The four numbers of a Windows version (``VIProductVersion``, the executable's FILEVERSION): the
    release numbers of a PEP 440 version, padded with zeros; a pre-release suffix is dropped."""
    match = re.match(r"^v?(\d+(?:\.\d+){0,3})", version.strip())
    if match is None:
        raise ValueError(f"{version!r} does not start with a release number such as 1.2.3")
    numbers = [int(part) for part in match.group(1).split(".")]
    if any(number > 65535 for number in numbers):
        raise ValueError(f"{version!r}: Windows takes numbers up to 65535 in a version")
    numbers += [0] * (4 - len(numbers))
    return numbers[0], numbers[1], numbers[2], numbers[3]


def version_quad(version: str) -> str:
    return ".".join(str(number) for number in version_numbers(version))


def version_file_text(version: str) -> str:
    """The executable's version resource, in the format of PyInstaller's ``version`` file (a Python
    expression of ``PyInstaller.utils.win32.versioninfo`` objects): Explorer's Details tab shows it."""
    numbers = version_numbers(version)
    strings = {
        "CompanyName": PUBLISHER,
        "FileDescription": APP,
        "FileVersion": version,
        "InternalName": "optimce-desktop",
        "LegalCopyright": COPYRIGHT,
        "OriginalFilename": EXECUTABLE,
        "ProductName": APP,
        "ProductVersion": version,
    }
    string_structs = ",\n".join(f"          StringStruct({key!r}, {value!r})"
                                for key, value in strings.items())
    return f"""# UTF-8
VSVersionInfo(
  ffi=FixedFileInfo(
    filevers={numbers!r},
    prodvers={numbers!r},
    mask=0x3f,
    flags=0x0,
    OS=0x40004,
    fileType=0x1,
    subtype=0x0,
    date=(0, 0)
  ),
  kids=[
    StringFileInfo([
      StringTable(
        '040904B0',
        [
{string_structs}
        ])
    ]),
    VarFileInfo([VarStruct('Translation', [1033, 1200])])
  ]
)
"""


def is_windows_executable(path: Path) -> bool:
    """A Windows (PE) executable: the DOS header's "MZ", and "PE" where that header points."""
    try:
        with path.open("rb") as file:
            header = file.read(64)
            if len(header) < 64 or header[:2] != b"MZ":
                return False
            file.seek(int.from_bytes(header[60:64], "little"))
            return file.read(4) == b"PE\0\0"
    except OSError:
        return False


def windows_bundle_problem(bundle: Path) -> str | None:
    """Why ``bundle`` is not a Windows one-folder bundle of the app, or None when it is one: its executable
    is a Windows program and its Python runtime a Windows DLL."""
    executable = bundle / EXECUTABLE
    if not executable.is_file():
        return f"it has no {EXECUTABLE}"
    if not is_windows_executable(executable):
        return f"its {EXECUTABLE} is not a Windows program"
    runtimes = sorted((bundle / "_internal").glob("python3*.dll"))
    if not any(is_windows_executable(dll) for dll in runtimes):
        return "it has no Windows Python runtime (_internal\\python3*.dll)"
    return None
