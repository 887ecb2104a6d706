"""What build.py gives NSIS and PyInstaller: one version, Windows' numeric form of it, the executable's
version resource, the uninstaller's list of files, the signing command; and no Windows setup program from a
bundle that is not a Windows one. (The setup program itself is checked under Wine by
installer/check_under_wine.py, which takes minutes.)"""

from __future__ import annotations

import ast
import shutil
import stat
import subprocess
import sys
import tomllib
from pathlib import Path

import pytest

from optimce_desktop import __version__
from tests.installer.installer_scripts import INSTALLER, load

build = load("build")
release_info = load("release_info")
sign = load("sign")
REPO = INSTALLER.parent


def test_the_version_has_one_source_the_package() -> None:
    project = tomllib.loads((REPO / "pyproject.toml").read_text(encoding="utf-8"))["project"]
    assert "version" not in project and "version" in project["dynamic"]
    assert release_info.package_version() == __version__


@pytest.mark.parametrize(("version", "numbers"), [
    ("0.1.0", "0.1.0.0"), ("1.2", "1.2.0.0"), ("2.0.1rc2", "2.0.1.0"), ("v3.4.5.6", "3.4.5.6"),
    ("1.0.0.post1", "1.0.0.0"),
])
def test_windows_gets_four_numbers(version: str, numbers: str) -> None:
    assert release_info.version_quad(version) == numbers


@pytest.mark.parametrize("version", ["", "dev", "70000.0.0"])
def test_a_version_windows_cannot_hold_is_refused(version: str) -> None:
    with pytest.raises(ValueError):
        release_info.version_quad(version)


def test_the_executables_version_resource_is_one_expression_with_the_four_numbers() -> None:
    text = release_info.version_file_text("2.3.1rc1")
    call = ast.parse(text, mode="eval").body
    assert isinstance(call, ast.Call) and ast.unparse(call.func) == "VSVersionInfo"
    assert text.count("(2, 3, 1, 0)") == 2 and "StringStruct('ProductVersion', '2.3.1rc1')" in text


def test_the_executables_version_resource_is_read_by_pyinstaller(tmp_path) -> None:
    # PyInstaller's reader needs pefile, which PyInstaller installs on Windows only.
    versioninfo = pytest.importorskip("PyInstaller.utils.win32.versioninfo",
                                      reason="PyInstaller (installer extra) on Windows")
    path = tmp_path / "version-info.txt"
    path.write_text(release_info.version_file_text("2.3.1rc1"), encoding="utf-8")

    info = versioninfo.load_version_info_from_text_file(str(path))

    assert (info.ffi.fileVersionMS, info.ffi.fileVersionLS) == ((2 << 16) | 3, 1 << 16)
    strings = {s.name: s.val for s in info.kids[0].kids[0].kids}
    assert strings["ProductName"] == "OptimCE Desktop" and strings["FileVersion"] == "2.3.1rc1"
    assert strings["OriginalFilename"] == "optimce-desktop.exe"


def linux_bundle(folder: Path) -> Path:
    """A bundle with the shape of the Windows one whose programs are not Windows programs."""
    bundle = folder / "OptimCE Desktop"
    (bundle / "_internal" / "sub dir").mkdir(parents=True)
    executable(bundle / "optimce-desktop.exe")
    (bundle / "_internal" / "python311.dll").write_bytes(b"\x7fELF" + bytes(60))
    (bundle / "_internal" / "sub dir" / "price $5.txt").write_text("x", encoding="utf-8")
    return bundle


def test_a_bundle_of_another_system_is_not_a_windows_bundle(tmp_path) -> None:
    bundle = linux_bundle(tmp_path)
    assert release_info.windows_bundle_problem(bundle) == "its optimce-desktop.exe is not a Windows program"
    assert release_info.windows_bundle_problem(tmp_path) == "it has no optimce-desktop.exe"


def test_the_setup_program_around_it_says_it_is_a_script_check(tmp_path) -> None:
    if shutil.which("makensis") is None:
        pytest.skip("makensis (Debian: nsis) is not installed")
    if sys.platform == "win32":
        with pytest.raises(build.BuildError, match="is not a Windows bundle"):
            build.build_installer(linux_bundle(tmp_path), "1.2.3", tmp_path / "out")
        return
    setup = build.build_installer(linux_bundle(tmp_path), "1.2.3", tmp_path / "out", verbosity=1)

    assert setup.name == "OptimCE-Desktop-1.2.3-script-check-NOT-FOR-WINDOWS.exe"
    assert [p.name for p in (tmp_path / "out").iterdir()] == [setup.name]  # no ...-setup.exe


def test_the_uninstaller_removes_the_bundles_files_then_its_folders_deepest_first(tmp_path) -> None:
    bundle = linux_bundle(tmp_path)

    listing = build.write_uninstall_list(bundle, tmp_path / "list.nsh").read_text(encoding="utf-8")

    assert listing.splitlines()[1:] == [
        'Delete "$INSTDIR\\_internal\\python311.dll"',
        'Delete "$INSTDIR\\_internal\\sub dir\\price $$5.txt"',
        'Delete "$INSTDIR\\optimce-desktop.exe"',
        'RMDir "$INSTDIR\\_internal\\sub dir"',
        'RMDir "$INSTDIR\\_internal"',
    ]


def executable(path: Path) -> Path:
    path.write_text("#!/bin/sh\n", encoding="utf-8")
    path.chmod(path.stat().st_mode | stat.S_IXUSR)
    return path


def test_signing_is_configured_by_the_environment(tmp_path) -> None:
    cert = tmp_path / "code-signing.pfx"
    cert.write_bytes(b"certificate")
    signtool = executable(tmp_path / "signtool.exe")
    environ = {sign.TOOL: str(signtool), sign.CERT: str(cert), sign.PASSWORD: "secret"}

    assert not sign.configured({}) and sign.configured(environ)
    command, signed = sign.sign_command(Path("setup.exe"), environ)
    assert signed is None and command == [
        str(signtool), "sign", "/fd", "sha256", "/f", str(cert), "/d", "OptimCE Desktop", "/p", "secret",
        "/tr", sign.DEFAULT_TIMESTAMP, "/td", "sha256", "setup.exe"]

    osslsigncode = executable(tmp_path / "osslsigncode")
    environ = {sign.TOOL: str(osslsigncode), sign.CERT: str(cert), sign.TIMESTAMP: "none"}
    command, signed = sign.sign_command(Path("setup.exe"), environ)
    assert signed == Path("setup.exe.signed") and command == [
        str(osslsigncode), "sign", "-pkcs12", str(cert), "-h", "sha256", "-n", "OptimCE Desktop",
        "-in", "setup.exe", "-out", "setup.exe.signed"]


def test_signing_without_its_certificate_fails_the_build(tmp_path) -> None:
    environ = {sign.TOOL: str(executable(tmp_path / "signtool.exe")), sign.CERT: str(tmp_path / "none.pfx")}
    with pytest.raises(sign.SigningError, match="OPTIMCE_SIGN_CERT"):
        sign.sign_command(Path("setup.exe"), environ)
    result = subprocess.run([sys.executable, str(INSTALLER / "sign.py"), "setup.exe"], capture_output=True,
                            text=True, timeout=60, env={"OPTIMCE_SIGN_TOOL": environ[sign.TOOL]})
    assert result.returncode == 1 and "OPTIMCE_SIGN_CERT" in result.stderr


def test_the_setup_scripts_exit_codes_are_documented() -> None:
    script = (INSTALLER / "optimce-desktop.nsi").read_text(encoding="utf-8")
    readme = (INSTALLER / "README.md").read_text(encoding="utf-8")
    codes = [line.split()[1:] for line in script.splitlines() if line.startswith("!define EXIT_")]
    assert [code for _, code in codes] == ["3", "4", "5", "6"]
    for _, code in codes:
        assert f"| {code} |" in readme
