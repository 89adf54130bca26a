"""HTML pages to the text the extractor reads: the shape of a text capture of the same page.

People who mirror osce.org keep HTML, not text. :func:`html_to_text` parses a page with
selectolax (the lexbor engine: a maintained, fast HTML5 parser that never fails on bad
markup) and writes one line per block, as text captures do: headings and paragraphs on their
own lines, a list item as ``- item``, and an item holding a sub-list as a lone ``-``, its label,
then the sub-list, so the site navigation reads as it does in a capture (and still yields
reference data). Scripts, styles, forms, media, ``hidden`` elements, the ``<head>`` and the
site's chrome (footer, cookie and consent banners, skip links, share widgets, breadcrumbs) are
dropped. The page's own URL (``<link rel="canonical">``, else ``og:url``) is returned too: it
feeds the inferred issuer, nothing is fetched from it.

The walk is iterative, so deeply nested markup cannot exhaust the stack.
"""
from __future__ import annotations

import re

from selectolax.lexbor import LexborHTMLParser, LexborNode

#: suffixes read as HTML; any other file is read as text
HTML_SUFFIXES = (".html", ".htm")

#: elements whose whole subtree is never text of the page
_DROP = frozenset("""script style noscript template svg math iframe object embed canvas form button select
input textarea head footer img picture video audio map area dialog""".split())
#: elements that start and end a line
_BLOCK = frozenset("""address article aside blockquote body caption center dd details div dl dt fieldset
figcaption figure h1 h2 h3 h4 h5 h6 header hgroup hr li main nav ol p pre section summary table tbody
thead tfoot tr ul""".split())
_CELLS = frozenset({"td", "th"})
#: class / id / role words of site chrome
_CHROME = re.compile(r"(?:^|[\s_-])(?:cookies?|consent|gdpr|skip|skip-?links?|share|sharing|social|"
                     r"breadcrumbs?|print|advert|ads|newsletter|visually-?hidden|sr-only)(?:$|[\s_-])", re.I)
#: the toolbar a web archive's player inserts into each capture it serves (the Wayback Machine's ``wm-ipp-base`` /
#: ``wm-ipp``: its name, the address field, the capture count, range and calendar): the archive's, not the page's,
#: as a text capture's toolbar lines are (:func:`layouts.archive_toolbar_end`)
_ARCHIVE_TOOLBAR = re.compile(r"(?:^|\s)wm-ipp(?:-base|-inside|-print)?(?:$|\s)", re.I)
_SPACE = re.compile(r"\s+")
#: elements walked at most per page; the rest of a larger page is left out (a 20 MB page of
#: empty ``<div>``s would otherwise take seconds to walk)
MAX_HTML_NODES = 400_000
_LIST_TAGS = ("ul", "ol")


class _Lines:
    """Accumulates inline text into lines; a block boundary ends the current line."""

    def __init__(self) -> None:
        self.lines: list[str] = []
        self._parts: list[str] = []
        self._prefix = ""

    def text(self, value: str) -> None:
        self._parts.append(value)

    def item(self, prefix: str) -> None:
        """End the line; the next one starts with ``prefix`` ("- ")."""
        self.end()
        self._prefix = prefix

    def lone(self, mark: str) -> None:
        self.end()
        self.lines.append(mark)

    def end(self) -> None:
        line = _SPACE.sub(" ", "".join(self._parts)).strip()
        if line:
            self.lines.append(f"{self._prefix}{line}")
            self._prefix = ""
        self._parts = []


def _is_chrome(node: LexborNode) -> bool:
    attrs = node.attributes
    if "hidden" in attrs or (attrs.get("aria-hidden") or "").lower() == "true":
        return True
    words = " ".join(v for k, v in attrs.items() if k in ("class", "id", "role") and v)
    return bool(words and (_CHROME.search(words) or _ARCHIVE_TOOLBAR.search(words)))


def _has_sublist(node: LexborNode) -> bool:
    return node.css_first("ul, ol") is not None


def page_url(tree: LexborHTMLParser) -> str | None:
    """The page's own http(s) URL from ``<link rel=canonical>`` or ``og:url``, else None."""
    for selector, attr in (('link[rel="canonical"]', "href"), ('meta[property="og:url"]', "content")):
        node = tree.css_first(selector)
        value = (node.attributes.get(attr) or "").strip() if node is not None else ""
        if value.startswith(("http://", "https://")) and len(value) <= 2000 and not _SPACE.search(value):
            return value
    return None


def page_title(tree: LexborHTMLParser) -> str | None:
    """The title the page gives itself in its ``<head>`` (``og:title``, else ``<title>``), or None.

    It is only a hint for choosing among the page's own headings: the ``<title>`` often carries
    the site's name, and the record's title is a heading as the page shows it. The page's one ``<h1>``
    (:func:`_own_h1`), when there is one, follows on a line of its own.
    """
    node = tree.css_first('meta[property="og:title"]')
    value = (node.attributes.get("content") or "") if node is not None else ""
    if not value.strip():
        node = tree.css_first("title")
        value = node.text() if node is not None else ""
    value = _SPACE.sub(" ", value).strip()[:500]
    heading = _own_h1(tree)
    if heading and heading.casefold() != value.casefold():
        value = f"{value}\n{heading}"          # the page's one <h1>, after a line break (layouts._hinted_title)
    return value or None


def _own_h1(tree: LexborHTMLParser) -> str | None:
    """The text of the page's one ``<h1>`` outside its header, navigation, footer and chrome, or None (none, or
    several: a site that puts its logo or each teaser in an ``<h1>`` names no heading by it)."""
    found = []
    for node in tree.css("body h1")[:5]:
        parent = node.parent
        while parent is not None and parent.tag not in ("header", "nav", "footer", "body") and not _is_chrome(parent):
            parent = parent.parent
        if parent is not None and parent.tag != "body":
            continue
        text = _SPACE.sub(" ", node.text() or "").strip()
        if text:
            found.append(text[:300])
    return found[0] if len(found) == 1 else None


def html_to_text(html: str, max_nodes: int = MAX_HTML_NODES) -> tuple[str, str | None]:
    """The page's text, one block per line, and its own URL (or None). Never raises.

    At most ``max_nodes`` nodes are walked; the text of the rest is left out.
    """
    text, url, _ = read_html(html, max_nodes)
    return text, url


def read_html(html: str, max_nodes: int = MAX_HTML_NODES) -> tuple[str, str | None, str | None]:
    """As :func:`html_to_text`, and the page's own title (:func:`page_title`). Never raises."""
    tree = LexborHTMLParser(html)
    url = page_url(tree)
    title = page_title(tree)
    root = tree.body
    if root is None:
        return "", url, title
    out = _Lines()
    # (node, leaving): a node is pushed again to mark its end once its children are done
    stack: list[tuple[LexborNode, bool]] = [(root, False)]
    walked = 0
    while stack and walked < max_nodes:
        node, leaving = stack.pop()
        walked += not leaving
        tag = node.tag or ""
        if leaving:
            if tag in _BLOCK:
                out.end()
            continue
        if tag == "-text":
            out.text(node.text_content or "")
            continue
        if tag.startswith(("-", "!")) or tag in _DROP or _is_chrome(node):
            continue
        if tag == "br":
            out.end()
            continue
        if tag == "li":
            if _has_sublist(node):
                out.lone("-")                 # "-", then the item's label, then its sub-list
            else:
                out.item("- ")
        elif tag in _BLOCK:
            out.end()
        elif tag in _CELLS:
            out.text(" ")
        stack.append((node, True))
        children = list(node.iter(include_text=True))
        stack.extend((child, False) for child in reversed(children))
    out.end()
    return "\n".join(out.lines) + "\n", url, title


def is_html(name: str, text: str) -> bool:
    """An ``.html``/``.htm`` file, or text that opens as an HTML document."""
    if name.lower().endswith(HTML_SUFFIXES):
        return True
    head = text.lstrip("\ufeff \t\r\n")[:200].lower()
    return head.startswith(("<!doctype html", "<html"))


__all__ = ["MAX_HTML_NODES", "HTML_SUFFIXES", "html_to_text", "is_html", "page_title", "page_url", "read_html"]
