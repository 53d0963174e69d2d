"""PDF letters and registers (ReportLab), CSV/XLSX exports. No Qt, no session."""
