"""The OSCE ontology (OWL, Turtle) and its JSON-LD context."""
