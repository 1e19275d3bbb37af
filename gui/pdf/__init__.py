"""The official PDF: format constants, fonts, rendering and the embedded report document (no Qt)."""
