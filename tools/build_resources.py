"""Build the generated resources: compiled translations and the Korean font.

- resources/translations/*.ts (Qt Linguist sources, committed) -> *.qm with lrelease.
- resources/fonts/NanumGothic*.ttf copied from Debian's fonts-nanum (SIL OFL), so the
  견적서 PDF embeds the same Korean font on every machine. Fonts are not committed.

Runs in the build (`make setup`), never at run time.
"""

from __future__ import annotations

import shutil
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
TRANSLATIONS = ROOT / "resources" / "translations"
FONTS = ROOT / "resources" / "fonts"
FONT_SOURCES = [Path("/usr/share/fonts/truetype/nanum"), Path("/usr/share/fonts/nanum")]
FONT_FILES = ["NanumGothic.ttf", "NanumGothicBold.ttf"]


def lrelease() -> Path:
    exe = Path(sys.executable).parent / "pyside6-lrelease"
    if not exe.exists():
        raise SystemExit(
            "build_resources: pyside6-lrelease is missing from the virtual environment"
        )
    return exe


def build_translations() -> None:
    exe = lrelease()
    for ts in sorted(TRANSLATIONS.glob("*.ts")):
        qm = ts.with_suffix(".qm")
        if qm.exists() and qm.stat().st_mtime >= ts.stat().st_mtime:
            continue
        subprocess.run([str(exe), "-silent", str(ts), "-qm", str(qm)], check=True)
        print(f"built {qm.relative_to(ROOT)}")


def copy_fonts() -> None:
    FONTS.mkdir(parents=True, exist_ok=True)
    for name in FONT_FILES:
        target = FONTS / name
        if target.exists():
            continue
        source = next((d / name for d in FONT_SOURCES if (d / name).exists()), None)
        if source is None:
            print(
                f"build_resources: {name} not found; install Debian's fonts-nanum "
                "(the PDF falls back to a system font)",
                file=sys.stderr,
            )
            continue
        shutil.copyfile(source, target)
        print(f"copied {target.relative_to(ROOT)}")


if __name__ == "__main__":
    build_translations()
    copy_fonts()
