"""Documents out of PolicyDesk: ReportLab PDFs, CSV and matplotlib figures. No Qt.

Complaints to and from CSV (``complaints_csv``), the charts (``charts``, which imports
matplotlib: import it only where a chart is drawn) and the self-assessment report
(``assessment_report``, which loads ReportLab and matplotlib only when it writes).
"""
