"""Where PolicyDesk's bundled files are: fonts, icons, translations.

They live in the repository's top-level ``resources/`` folder. An installed wheel carries them as
``policydesk/resources`` and a PyInstaller build as ``resources`` next to the program, so the
lookup tries those places in turn. Standard library only: every layer may use it.
"""

from __future__ import annotations

import sys
from functools import cache
from pathlib import Path

_PACKAGE = Path(__file__).resolve().parent


@cache
def resource_root() -> Path:
    """The folder holding ``fonts/``, ``icons/`` and ``translations/``.

    Raises:
        FileNotFoundError: no resources folder exists (a broken installation).
    """
    candidates = []
    bundle = getattr(sys, "_MEIPASS", None)
    if bundle:
        candidates.append(Path(bundle) / "resources")
    candidates += [_PACKAGE / "resources", _PACKAGE.parent / "resources"]
    for candidate in candidates:
        if (candidate / "icons").is_dir():
            return candidate
    raise FileNotFoundError(
        "PolicyDesk's resources folder is missing; looked in "
        + ", ".join(str(c) for c in candidates)
    )


def resource_path(*parts: str) -> Path:
    """Return the path of a bundled file, e.g. ``resource_path("fonts", "DejaVuSans.ttf")``."""
    return resource_root().joinpath(*parts)
