"""Print one of the two set-up commands from README.md ("run" or "test").

The commands sit in README.md after the markers ``<!-- run-command -->`` and
``<!-- test-command -->``, each in a fenced ``sh`` block holding one line. ``.ci/run`` uses this so
that CI runs exactly what README tells a newcomer to run.
"""

from __future__ import annotations

import re
import sys
from pathlib import Path

README = Path(__file__).resolve().parent.parent / "README.md"


def command(name: str, text: str | None = None) -> str:
    """Return the command marked ``name`` in the README text."""
    source = README.read_text(encoding="utf-8") if text is None else text
    found = re.search(rf"<!-- {name}-command -->\s*```sh\n(.+?)\n```", source, re.DOTALL)
    if found is None or "\n" in found.group(1).strip():
        raise SystemExit(f"README.md has no one-line '{name}' command block")
    return found.group(1).strip()


if __name__ == "__main__":
    print(command(sys.argv[1] if len(sys.argv) > 1 else "test"))
