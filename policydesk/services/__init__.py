"""Use cases: one unit of work each, returning domain values and what changed. No Qt."""
