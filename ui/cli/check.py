"""`makersquare check PATH... [--preset NAME] [--json] [--csv FILE]` — a folder of parts at once.

The contract other tools script against (keep it exact): with `--json`, stdout holds one
JSON array with an object per file (file, ok, error, metrics, findings). Exit status: 0
every file ok, 1 some file has an error-severity finding, 2 some file could not be read
(and usage errors). `--csv` writes one row per file for a class sheet. Without `--json`,
a readable table in the user's language.
"""

from __future__ import annotations

import argparse
import csv
import json
import logging
import sys
from collections.abc import Iterator
from pathlib import Path
from typing import TYPE_CHECKING, TextIO

from PySide6.QtCore import QCoreApplication, QLocale

from ui.words.errors import cad_error_text
from ui.words.findings import finding_text, finding_title, severity_label

log = logging.getLogger(__name__)
if TYPE_CHECKING:
    from cad.analysis import FileCheck
    from cad.presets import Preset
    from ui.paths import Paths

translate = QCoreApplication.translate

EXIT_OK, EXIT_FINDINGS, EXIT_UNREADABLE = 0, 1, 2


def add_parser(sub: argparse._SubParsersAction, common: argparse.ArgumentParser) -> None:  # type: ignore[type-arg]
    check = sub.add_parser(
        "check", parents=[common], help="check parts (files or folders) against a process"
    )
    check.add_argument("paths", nargs="+", type=Path, metavar="PATH")
    check.add_argument(
        "--preset",
        default="generic",
        metavar="NAME",
        help="fdm, resin, jewelry_casting, cnc, generic (the default), or a preset .json file",
    )
    check.add_argument("--json", action="store_true", help="print one JSON array on stdout")
    check.add_argument("--csv", type=Path, metavar="FILE", help="also write one row per file")
    check.set_defaults(run=run)


def run(args: argparse.Namespace, _paths: Paths) -> int:
    from cad.presets import get_preset

    try:
        preset = get_preset(args.preset)
    except ValueError as exc:
        unknown = translate("cli", "unknown preset")
        print(f"makersquare: {unknown}: {exc}", file=sys.stderr)
        return EXIT_UNREADABLE
    files = list(_expand(args.paths))
    if not files:
        print("makersquare: " + translate("cli", "no part files found"), file=sys.stderr)
        return EXIT_UNREADABLE
    results = [_check_one(path, shown, preset) for path, shown in files]
    if args.json:
        json.dump([to_json(r) for r in results], sys.stdout, ensure_ascii=False)
        sys.stdout.write("\n")
    else:
        print_table(results, preset, sys.stdout)
    if args.csv is not None:
        write_csv(results, args.csv)
    if any(r.report is None for r in results):
        return EXIT_UNREADABLE
    return EXIT_OK if all(r.ok for r in results) else EXIT_FINDINGS


def _expand(paths: list[Path]) -> Iterator[tuple[Path, str]]:
    """Each file as (path, as shown): folders searched recursively for part files."""
    from cad.loading import SUPPORTED_SUFFIXES as suffixes

    for given in paths:
        if given.is_dir():
            for found in sorted(given.rglob("*")):
                if found.is_file() and found.suffix.lower() in suffixes:
                    yield found, str(found)
        else:
            yield given, str(given)


def _check_one(path: Path, shown: str, preset: Preset) -> FileCheck:
    from cad.analysis import FileCheck, check_file

    try:
        return check_file(path, preset, shown_as=shown)
    except Exception as exc:  # a bug: keep going with the other files, details in the log
        log.exception("checking %s failed", path)
        return FileCheck(shown, None, "internal_error", f"{type(exc).__name__}: {exc}")


def _error_message(result: FileCheck) -> str:
    if result.error_code == "internal_error":
        return translate("cli", "internal error") + f": {result.error_detail}"
    return cad_error_text(result.error_code or "")


def to_json(result: FileCheck) -> dict[str, object]:
    report = result.report
    return {
        "file": result.file,
        "ok": result.ok,
        "error": None
        if result.error_code is None
        else {"code": result.error_code, "message": _error_message(result)},
        "metrics": None if report is None else report.metrics.to_dict(),
        "findings": []
        if report is None
        else [
            {
                "code": f.code,
                "severity": f.severity,
                "count": f.count,
                "faces": list(f.faces),
                "message": finding_text(f),
            }
            for f in report.findings
        ],
    }


def _verdict(result: FileCheck) -> str:
    if result.report is None:
        return translate("cli", "unreadable")
    return translate("cli", "OK") if result.ok else translate("cli", "has errors")


def print_table(results: list[FileCheck], preset: Preset, out: TextIO) -> None:
    locale = QLocale()
    out.write(translate("cli", "Preset: %1").replace("%1", preset.name) + "\n")
    for r in results:
        out.write(f"\n{r.file}: {_verdict(r)}\n")
        if r.report is None:
            out.write(f"  {_error_message(r)}\n")
            continue
        m = r.report.metrics
        size = " × ".join(locale.toString(x, "f", 1) for x in m.bbox_mm)
        out.write(
            "  "
            + translate("cli", "%1 triangles, %2 mm, %3 cm³, %4 bodies")
            .replace("%1", locale.toString(m.triangles))
            .replace("%2", size)
            .replace("%3", locale.toString(m.volume_mm3 / 1000, "f", 2))
            .replace("%4", locale.toString(m.bodies))
            + "\n"
        )
        for f in r.report.findings:
            out.write(
                f"  [{severity_label(f.severity)}] {finding_title(f.code)}: {finding_text(f)}\n"
            )
    ok = sum(r.ok for r in results)
    out.write(
        "\n"
        + translate("cli", "%1 of %2 files OK")
        .replace("%1", str(ok))
        .replace("%2", str(len(results)))
        + "\n"
    )


CSV_COLUMNS = (
    "file",
    "ok",
    "error",
    "triangles",
    "volume_mm3",
    "area_mm2",
    "size_x_mm",
    "size_y_mm",
    "size_z_mm",
    "bodies",
    "watertight",
    "errors",
    "warnings",
    "findings",
)


def write_csv(results: list[FileCheck], path: Path) -> None:
    """One row per file; UTF-8 with a byte-order mark so a spreadsheet shows Korean names."""
    with path.open("w", newline="", encoding="utf-8-sig") as f:
        writer = csv.writer(f)
        writer.writerow(CSV_COLUMNS)
        for r in results:
            if r.report is None:
                writer.writerow([r.file, "false", r.error_code] + [""] * (len(CSV_COLUMNS) - 3))
                continue
            m, findings = r.report.metrics, r.report.findings
            writer.writerow(
                [
                    r.file,
                    str(r.ok).lower(),
                    "",
                    m.triangles,
                    f"{m.volume_mm3:.3f}",
                    f"{m.area_mm2:.3f}",
                    *(f"{x:.3f}" for x in m.bbox_mm),
                    m.bodies,
                    str(m.watertight).lower(),
                    sum(f.severity == "error" for f in findings),
                    sum(f.severity == "warning" for f in findings),
                    ";".join(f.code for f in findings),
                ]
            )
