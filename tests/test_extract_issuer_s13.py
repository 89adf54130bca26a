"""Issue 11, session 13 (S): the issuing body. The review's mend (whether a page is on the OSCE's own site is a public
helper, ``urls.on_osce_site``, that the issuer's and the topics' readers share), then the rules of rounds 1 and 2
(each needed by pages of two sources at least)."""
from __future__ import annotations

import ast
from pathlib import Path

from osce_kg.loader.reference import reference

LOADER = Path(__file__).resolve().parents[1] / "loader"


# ---------------------------------------------------- review mend: one public helper for "the OSCE's own site"

def test_the_osce_site_test_is_a_public_helper_with_the_whole_osce_by_default():
    from osce_kg.loader.extract.mentions import WHOLE_OSCE
    from osce_kg.loader.extract.urls import on_osce_site

    ref = reference()
    masthead = "OSCE\nHome | News | About\nThe Chairperson-in-Office visits Skopje\nThe text.\n"
    footer = "Paper\nHome\nA headline\nThe text.\n© 1995-2007 OVSE. Alle Rechte vorbehalten.\n"
    paper = "Daily News\nHome\nA headline\nThe text.\n© 2019 Daily News\n"
    for page in (masthead, footer, paper):
        assert on_osce_site(page, ref) == on_osce_site(page, ref, WHOLE_OSCE)
    assert on_osce_site(masthead, ref) and on_osce_site(footer, ref)
    assert not on_osce_site(paper, ref) and not on_osce_site(None, ref)


def test_no_module_imports_a_private_name_of_the_issuers_reader():
    """fields.py used ``issuer._on_osce_site``: other modules share the issuer's public helpers, not its private
    names."""
    for path in (LOADER / "extract").glob("*.py"):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(node, ast.ImportFrom) and node.module in ("osce_kg.loader.extract.issuer",
                                                                    "osce_kg.loader.extract.urls"):
                private = [a.name for a in node.names if a.name.startswith("_") and not a.name.startswith("__")]
                assert not private, (path.name, node.module, private)
