"""Round 15, helper r15user: what a researcher reading the outputs trips over (round 14's walkthrough
findings left unfixed). Each test marked "fails on 74305f1" failed on that commit (main before round 15)."""

from __future__ import annotations

import subprocess
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]


def _refused_manifest(raw: Path) -> None:
    (raw / "a.txt").write_text("Minutes.\n", encoding="utf-8")
    (raw / "manifest.csv").write_text(
        "file,council,committee,meeting_date,title,source_url\na.txt,Comparison,,,,\n", encoding="utf-8")


# ----------------------------------------------------------------------------- make councils


def test_make_councils_fails_when_the_manifest_is_refused(tmp_path):
    # fails on 74305f1: the error was printed but `make councils` exited 0, so a script or CI saw success.
    _refused_manifest(tmp_path)
    out = subprocess.run(["make", "--no-print-directory", "councils", f"RAW_DIR={tmp_path}"], cwd=ROOT,
                         capture_output=True, text=True, timeout=120)
    assert out.returncode != 0
    assert "manifest.csv line 2" in out.stderr


def test_make_councils_without_a_manifest_fails(tmp_path):
    # fails on 74305f1 (exit 0 with "no manifest" printed).
    (tmp_path / "a.txt").write_text("Minutes.\n", encoding="utf-8")
    out = subprocess.run(["make", "--no-print-directory", "councils", f"RAW_DIR={tmp_path}"], cwd=ROOT,
                         capture_output=True, text=True, timeout=120)
    assert out.returncode != 0
    assert "no manifest" in out.stderr


def test_make_councils_lists_the_slugs_and_succeeds(tmp_path):
    # guard: a manifest the corpus reads is listed, exit 0.
    (tmp_path / "a.txt").write_text("Minutes.\n", encoding="utf-8")
    (tmp_path / "manifest.csv").write_text(
        "file,council,committee,meeting_date,title,source_url\na.txt,Alpha Council,,,,\n", encoding="utf-8")
    out = subprocess.run(["make", "--no-print-directory", "councils", f"RAW_DIR={tmp_path}"], cwd=ROOT,
                         capture_output=True, text=True, timeout=120)
    assert out.returncode == 0, out.stderr
    assert "  alpha-council" in out.stdout
