"""Impact reports: CSV, XLSX and PDF renderings of the indicators."""
