"""Write environment.yml (for conda users) with exactly the pins of requirements.lock.

Usage: python scripts/write_environment_yml.py requirements.lock environment.yml
The test suite checks the two files agree (tests/test_environment.py).
"""

from __future__ import annotations

import re
import sys
from pathlib import Path


def read_pins(lock: Path) -> list[str]:
    pins = []
    for line in lock.read_text(encoding="utf-8").splitlines():
        line = line.split("#", 1)[0].strip()
        if re.match(r"^[A-Za-z0-9_.\-\[\]]+==\S+$", line):
            pins.append(line)
    return pins


def render(pins: list[str]) -> str:
    body = "\n".join(f"      - {p}" for p in pins)
    return (
        "# Generated from requirements.lock by scripts/write_environment_yml.py (make lock).\n"
        "# Same pins as the lock file; tests/test_environment.py fails when they disagree.\n"
        "name: council-minutes\n"
        "channels:\n"
        "  - conda-forge\n"
        "dependencies:\n"
        "  - python=3.11\n"
        "  - pip\n"
        "  - pip:\n"
        f"{body}\n"
        "      - -e .\n"
    )


if __name__ == "__main__":
    lock, out = Path(sys.argv[1]), Path(sys.argv[2])
    out.write_text(render(read_pins(lock)), encoding="utf-8")
