"""`makersquare square …` as the association's administrator runs it: real processes."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[3]
# Maker Square installed without its `server` extra: the square's packages cannot be found
# (importlib's find_spec answers None for a module whose sys.modules entry is None).
WITHOUT_SERVER = (
    "import sys\n"
    "sys.modules.update(dict.fromkeys(('fastapi', 'uvicorn', 'argon2', 'psycopg')))\n"
    "from ui.main import main\n"
    "sys.exit(main())\n"
)


def test_without_the_server_extra_the_square_says_how_to_install_it(tmp_path: Path) -> None:
    data = ["--data", str(tmp_path / "square")]
    for action in (["serve", "--port", "0", *data], ["user", "list", *data]):
        out = subprocess.run(
            [sys.executable, "-c", WITHOUT_SERVER, "square", *action, "--lang", "en"],
            capture_output=True,
            text=True,
            timeout=120,
            cwd=ROOT,
            env={
                **os.environ,
                "QT_QPA_PLATFORM": "offscreen",
                "LANG": "C.UTF-8",
                "MAKERSQUARE_DATA_DIR": str(tmp_path / "data"),
                "MAKERSQUARE_CONFIG_DIR": str(tmp_path / "config"),
            },
        )
        assert out.returncode == 1 and out.stdout == "", out
        assert out.stderr.count("\n") == 1, out.stderr
        assert out.stderr == (
            "makersquare: the square's server is not installed (missing fastapi, uvicorn, "
            "argon2): pip install makersquare[server]\n"
        )
        assert not (tmp_path / "square").exists()  # nothing was made before it said so
