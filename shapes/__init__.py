"""SHACL shapes for every class the loader emits."""
