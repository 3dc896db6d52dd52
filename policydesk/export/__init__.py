"""Documents out of PolicyDesk: ReportLab PDFs, CSV and matplotlib figures. No Qt.

Empty for now: the printable documents arrive with their own issue. The package exists so that
the import rules (``pyproject.toml``) already place it between services and the domain.
"""
