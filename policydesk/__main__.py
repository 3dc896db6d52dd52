"""Run PolicyDesk with ``python -m policydesk``."""

from __future__ import annotations

import sys

from policydesk.app import main

if __name__ == "__main__":
    sys.exit(main())
