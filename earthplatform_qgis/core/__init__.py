"""The engine: no widgets, importable and testable without a dock."""
