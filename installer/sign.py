"""Signs a Windows program with the code-signing certificate and tool given by the environment.

    python installer/sign.py FILE

``build.py`` runs it on the app's executable, and makensis (``!uninstfinalize``, ``!finalize``) on the
uninstaller and the setup program, when ``OPTIMCE_SIGN_TOOL`` is set; nothing is signed otherwise.

=============================  ====================================================================
``OPTIMCE_SIGN_TOOL``          ``signtool.exe`` (Windows SDK) or ``osslsigncode`` (Linux): a path or a
                               name on PATH
``OPTIMCE_SIGN_CERT``          the certificate with its private key, a ``.pfx`` (PKCS#12) file
``OPTIMCE_SIGN_PASSWORD``      its password, if it has one
``OPTIMCE_SIGN_TIMESTAMP``     an RFC 3161 time-stamping server (default: DigiCert's); ``none`` signs
                               without a time stamp (the signature then expires with the certificate)
=============================  ====================================================================
"""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from collections.abc import Mapping
from pathlib import Path

TOOL = "OPTIMCE_SIGN_TOOL"
CERT = "OPTIMCE_SIGN_CERT"
PASSWORD = "OPTIMCE_SIGN_PASSWORD"
TIMESTAMP = "OPTIMCE_SIGN_TIMESTAMP"
DEFAULT_TIMESTAMP = "http://timestamp.digicert.com"
DESCRIPTION = "OptimCE Desktop"


class SigningError(Exception):
    pass


def configured(environ: Mapping[str, str] = os.environ) -> bool:
    return bool(environ.get(TOOL))


def sign_command(file: Path, environ: Mapping[str, str] = os.environ) -> tuple[list[str], Path | None]:
    """The command that signs ``file``, and the file it writes when the tool cannot sign in place."""
    tool, cert = environ.get(TOOL, ""), environ.get(CERT, "")
    if not tool:
        raise SigningError(f"{TOOL} is not set")
    if not cert or not Path(cert).is_file():
        raise SigningError(f"{CERT} must name the certificate's .pfx file (it is {cert!r})")
    found = shutil.which(tool) or (tool if Path(tool).is_file() else None)
    if found is None:
        raise SigningError(f"the signing tool {tool!r} was not found")
    password = environ.get(PASSWORD)
    timestamp = environ.get(TIMESTAMP, DEFAULT_TIMESTAMP)
    if "osslsigncode" in Path(found).name.lower():
        signed = file.with_name(file.name + ".signed")
        command = [found, "sign", "-pkcs12", cert, "-h", "sha256", "-n", DESCRIPTION]
        command += ["-pass", password] if password else []
        command += ["-ts", timestamp] if timestamp.lower() != "none" else []
        return [*command, "-in", str(file), "-out", str(signed)], signed
    command = [found, "sign", "/fd", "sha256", "/f", cert, "/d", DESCRIPTION]
    command += ["/p", password] if password else []
    command += ["/tr", timestamp, "/td", "sha256"] if timestamp.lower() != "none" else []
    return [*command, str(file)], None


def sign(file: Path, environ: Mapping[str, str] = os.environ) -> None:
    command, signed = sign_command(file, environ)
    shown = ["****" if index and command[index - 1] in ("/p", "-pass") else part
             for index, part in enumerate(command)]
    print("+", subprocess.list2cmdline(shown), flush=True)
    if signed is not None and signed.exists():
        signed.unlink()
    code = subprocess.run(command).returncode
    if code:
        raise SigningError(f"signing {file.name} failed (exit code {code})")
    if signed is not None:
        os.replace(signed, file)


def main(argv: list[str]) -> int:
    if len(argv) != 1:
        print(__doc__, file=sys.stderr)
        return 2
    try:
        sign(Path(argv[0]))
    except SigningError as error:
        print(f"sign.py: error: {error}", file=sys.stderr)
        return 1
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
