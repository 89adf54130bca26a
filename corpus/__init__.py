"""The example corpus: OSCE-style documents written by the osce-kg authors."""
