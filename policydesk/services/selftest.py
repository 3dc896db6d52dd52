"""Checks that an installation or a frozen build carries everything it needs (no Qt here)."""

from __future__ import annotations

from datetime import date

from policydesk.resources import resource_path
from policydesk.storage import migrate

_FONTS = ("DejaVuSans.ttf", "DejaVuSans-Bold.ttf", "DejaVuSans-Oblique.ttf")


def bundle_problems() -> list[str]:
    """Return what is missing or broken in the bundled data; empty when all is well."""
    problems = []
    for font in _FONTS:
        if not resource_path("fonts", font).is_file():
            problems.append(f"font missing: {font}")
    try:
        head = migrate.script_head(migrate.alembic_config())
    except Exception as exc:  # any failure here means the bundle is broken
        problems.append(f"migration scripts unusable: {exc}")
    else:
        if head != migrate.HEAD_REVISION:
            problems.append(f"migration head {head} != {migrate.HEAD_REVISION}")
    problems += _holiday_problems()
    return problems


def _holiday_problems() -> list[str]:
    # Frozen builds crash here if the holidays package's translation files were left out.
    try:
        import holidays

        sweden = holidays.country_holidays(
            "SE", years=2026, language="sv", categories=("public", "de_facto")
        )
        romania = holidays.country_holidays("RO", years=2026, language="ro")
    except Exception as exc:  # any failure here means the bundle is broken
        return [f"public holidays unavailable: {exc}"]
    problems = []
    if date(2026, 6, 19) not in sweden:  # Midsommarafton
        problems.append("Swedish holidays incomplete (no Midsummer Eve 2026)")
    if date(2026, 4, 12) not in romania:  # Orthodox Easter
        problems.append("Romanian holidays incomplete (no Orthodox Easter 2026)")
    return problems
