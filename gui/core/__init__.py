"""Qt-free domain: the report template, the report document, provinces, numbers and validation."""
