"""Bytes of a raw page → text: unpack gzip, refuse what is not a text page, find the charset.

Every refusal raises `NotAPage` with a reason a person can act on; the caller
records it on the page's row instead of dropping the page.
"""

from __future__ import annotations

import bisect
import codecs
import re
import zlib
from typing import cast

import charset_normalizer
from zlib_ng import zlib_ng

from flows.contracts import MAX_PAGE_BYTES

_ZLIB_NG_ERROR = cast("type[Exception]", zlib_ng.error)  # its stub calls the class an instance

_MAGIC = {
    b"\x89PNG": "a PNG image",
    b"\xff\xd8\xff": "a JPEG image",
    b"GIF8": "a GIF image",
    b"%PDF": "a PDF document",
    b"PK\x03\x04": "a ZIP archive",
    b"RIFF": "a RIFF (WebP/AVI/WAV) file",
    b"\x7fELF": "an ELF executable",
    b"BZh": "a bzip2 archive",
    b"\xfd7zXZ": "an xz archive",
}
DETECT_BYTES = 64 * 1024
"""Charset detection reads this much of an undeclared page: enough, and bounded in time."""
NON_LATIN_CHARSETS = frozenset(
    [
        *("shift_jis", "cp932", "euc_jp", "iso2022_jp", "gb2312", "gbk", "gb18030", "big5"),
        *("big5hkscs", "cp949", "euc_kr", "johab", "cp1251", "koi8_r", "koi8_u", "iso8859_5"),
        *("mac_cyrillic", "cp866", "cp1253", "iso8859_7", "cp1255", "iso8859_8", "cp1256"),
        *("iso8859_6", "tis_620", "cp874", "iso8859_11"),
    ]
)
"""Detector guesses (Python codec names) that are trusted: scripts Latin guesses cannot fake."""
_BOMS = (
    (codecs.BOM_UTF8, "utf-8"),
    (codecs.BOM_UTF32_LE, "utf-32-le"),
    (codecs.BOM_UTF32_BE, "utf-32-be"),
    (codecs.BOM_UTF16_LE, "utf-16-le"),
    (codecs.BOM_UTF16_BE, "utf-16-be"),
)
_C1_ERRORS = "newsflow-c1"
"""The 5 bytes windows-1252 leaves undefined (0x81, 0x8D, 0x8F, 0x90, 0x9D) read as the C1
controls of the same number, as browsers read them (WHATWG Encoding Standard): one such byte
(the last of a pasted "”" in UTF-8) would otherwise send the whole page to detection."""


def _as_c1(error: UnicodeError) -> tuple[str, int]:
    """The undefined byte as its C1 control (`_C1_ERRORS`)."""
    if not isinstance(error, UnicodeDecodeError):
        raise error
    return chr(error.object[error.start]), error.start + 1


codecs.register_error(_C1_ERRORS, _as_c1)
_META_CHARSET = re.compile(
    rb"""<meta[^>]+charset\s*=\s*["']?\s*([a-zA-Z0-9_:.\-]+)""", re.IGNORECASE
)
_XML_ENCODING = re.compile(rb"""<\?xml[^>]+encoding\s*=\s*["']([a-zA-Z0-9_.\-]+)""", re.IGNORECASE)


class NotAPage(ValueError):
    """The bytes are not a readable text page; the message says why."""


def unpack(data: bytes, *, max_bytes: int = MAX_PAGE_BYTES) -> bytes:
    """Gunzip if gzip-compressed (by magic number, not by name) and enforce the size limit."""
    if data[:2] == b"\x1f\x8b":
        fast = _fast_gunzip(data, max_bytes)
        if fast is not None:
            return fast
        try:
            inflater = zlib.decompressobj(16 + zlib.MAX_WBITS)
            data = inflater.decompress(data, max_bytes + 1)
        except zlib.error as error:
            raise NotAPage(f"corrupt gzip data: {error}") from error
        if len(data) > max_bytes:
            raise NotAPage(f"page too large: over {max_bytes // 2**20} MiB after gunzip")
        if not inflater.eof:
            raise NotAPage("truncated gzip data: the compressed stream ends early")
    elif len(data) > max_bytes:
        raise NotAPage(f"page too large: {len(data) / 2**20:.1f} MiB > {max_bytes // 2**20} MiB")
    return data


def _fast_gunzip(data: bytes, max_bytes: int) -> bytes | None:
    """The page gunzipped by zlib-ng (twice zlib's speed on pages), or None for anything but
    a whole, sound gzip member within the limit: zlib reads those again and words the reason
    as before."""
    try:
        inflater = zlib_ng.decompressobj(16 + zlib_ng.MAX_WBITS)
        unpacked = inflater.decompress(data, max_bytes + 1)
    except _ZLIB_NG_ERROR:
        return None
    return unpacked if inflater.eof and len(unpacked) <= max_bytes else None


def decode(data: bytes) -> str:
    """Decode page bytes to text: BOM, UTF-16 by its zero bytes, valid UTF-8, the declared
    charset (meta charset, http-equiv, XML declaration), then detection.

    >>> decode("café".encode("cp1252"))
    'café'
    """
    return decode_keeping_utf8(data)[0]


def decode_keeping_utf8(data: bytes) -> tuple[str, bytes | None]:
    """`decode(data)`, and `data` itself when those bytes are the text's UTF-8 form (most
    pages): lexbor parses UTF-8, and handed a `str` it encodes it back first."""
    if not data or data.isspace():  # what `not data.strip()` says, without copying the page
        raise NotAPage("empty page: no bytes" if not data else "empty page: only whitespace")
    for magic, what in _MAGIC.items():
        if data.startswith(magic):
            raise NotAPage(f"not a text page: the bytes are {what}")
    for bom, encoding in _BOMS:
        if data.startswith(bom):
            return data[len(bom) :].decode(encoding, errors="replace"), None
    head = data[:4096]
    if _looks_like_utf16(head[:512]):
        encoding = "utf-16-le" if head[1:2] == b"\x00" else "utf-16-be"
        return data.decode(encoding, errors="replace"), None
    if _looks_binary(head):
        raise NotAPage("not a text page: binary data (control bytes near the start)")
    try:
        # Valid UTF-8 with non-ASCII bytes is almost never another encoding, whatever the label.
        return data.decode("utf-8"), data
    except UnicodeDecodeError:
        pass
    declared = _declared_charset(head)
    if declared:
        try:
            errors = _C1_ERRORS if declared == "cp1252" else "strict"
            return data.decode(declared, errors), None
        except UnicodeDecodeError:
            pass
    return _utf8_with_few_errors(data) or _detected(data), None


_MOJIBAKE_MARKS = ("Ã", "Â", "â€", "â\x80")
"""What nearly every text holding UTF-8 read as latin-1 or windows-1252 holds ("Ã©" for "é",
"Â\xa0" for a no-break space, "â€™" for "’"): texts without them are not handed to ftfy."""


def read_back_utf8(texts: list[str]) -> list[str]:
    """`texts` with UTF-8 that was read as latin-1 or windows-1252 read back as UTF-8 ("Ã©tÃ©"
    → "été", "â€”" → "—"), as ftfy judges it; `texts` itself when none holds a mark of it.

    A server that encodes an already encoded story sends valid UTF-8 that says "Ã©", and a
    page in a single-byte charset may hold UTF-8 pasted in: the stray letters split words and
    join sentences. The page is decoded as a browser shows it (comments are quoted so); the
    article's text is what its author wrote. ftfy is imported here, on the first such text:
    its import is slow, and most runs meet none."""
    if not any(_mojibake_marked(text) for text in texts):
        return texts
    import ftfy

    return [ftfy.fix_encoding(text) if _mojibake_marked(text) else text for text in texts]


def _mojibake_marked(text: str) -> bool:
    return not text.isascii() and any(mark in text for mark in _MOJIBAKE_MARKS)


def _detected(data: bytes) -> str:
    """An undeclared legacy page: charset-normalizer's guess when it names a non-Latin script
    (CJK, Cyrillic, Greek, ...), else windows-1252, what browsers assume for unlabelled
    Western pages: on short Latin texts the detector picks among cp1250/cp775/mac_* at random.
    Its undefined bytes read as on a declared windows-1252 page (`_C1_ERRORS`)."""
    best = charset_normalizer.from_bytes(data[:DETECT_BYTES]).best()
    encoding = best.encoding if best is not None else "cp1252"
    if encoding not in NON_LATIN_CHARSETS:
        return data.decode("cp1252", _C1_ERRORS)
    return data.decode(encoding, errors="replace")


def _declared_charset(head: bytes) -> str | None:
    match = _META_CHARSET.search(head) or _XML_ENCODING.search(head)
    if match is None:
        return None
    name = match.group(1).decode("ascii").lower()
    try:
        name = codecs.lookup(name).name
    except LookupError:
        return None
    # Browsers read latin-1 labels as windows-1252 (WHATWG Encoding Standard).
    return "cp1252" if name in ("latin-1", "iso8859-1", "ascii") else name


def _utf8_with_few_errors(data: bytes) -> str | None:
    """UTF-8 text with a few corrupt bytes stays UTF-8; mostly-invalid means a legacy charset."""
    text = data.decode("utf-8", errors="replace")
    bad = text.count("\ufffd")
    non_ascii = sum(1 for char in text if ord(char) > 127)
    return text if bad * 10 < non_ascii else None


_CONTROL_BYTES = bytes([*range(9), 11, 12, *range(14, 32)])


def _looks_binary(head: bytes) -> bool:
    controls = len(head) - len(head.translate(None, _CONTROL_BYTES))
    return controls > len(head) * 0.1


def _looks_like_utf16(head: bytes) -> bool:
    if len(head) < 4:
        return False
    even_nuls = head[0::2].count(0)
    odd_nuls = head[1::2].count(0)
    half = len(head) // 2
    return max(even_nuls, odd_nuls) > half * 0.6 and min(even_nuls, odd_nuls) < half * 0.1


_KEPT_SELF_CLOSED = frozenset(
    name.encode()
    for name in [
        # Void elements: `<br/>` is `<br>`, nothing to close.
        *("area", "base", "br", "col", "embed", "hr", "img", "input", "link", "meta"),
        *("source", "track", "wbr", "param", "keygen", "basefont", "bgsound", "frame", "image"),
        # SVG and MathML roots (and children, should the markup around them be broken),
        # where the parser honours `/>` itself.
        *("svg", "math", "path", "rect", "circle", "ellipse", "line", "polyline", "polygon"),
        *("stop", "use", "g"),
    ]
)
"""Tag names whose `/>` closes them already; the rest read with `/>` open an element."""
_ATTRIBUTES = rb"""(?:\s+[^\s/>"'=]+(?:\s*=\s*(?:"[^"]*"|'[^']*'|[^\s"'>]++))?)*+\s*"""
_SELF_CLOSED_TAG = re.compile(rb"<([a-zA-Z][^\s/>]*)" + _ATTRIBUTES + rb"/>")
"""A whole start tag written self-closed: quoted values may hold `>` and `/>`; an unquoted
value ending in `/` (`href=a/>`) is that value and a plain `>`, as HTML reads it."""
_START_TAG = re.compile(rb"<[a-zA-Z][^\s/>]*" + _ATTRIBUTES + rb"/?>")
_RAW_TEXT = re.compile(
    rb"<!--.*?(?:-->|\Z)|<!\[CDATA\[.*?(?:\]\]>|\Z)"
    rb"|<(script|style|textarea|title|svg|math)\b[^>]*(?<!/)>.*?(?:</\1\s*>|\Z)",
    re.IGNORECASE | re.DOTALL,
)
"""Where a `<…/>` is no tag to close: comments, CDATA, raw text (script, style, textarea,
title) and SVG or MathML, whose own parsing reads `/>` already."""
_FIRST_VOID_TAG = re.compile(r"<(?:meta|link)\b[^>]*>", re.IGNORECASE)
_HEAD_CHARS = 8192
"""Where a page's first `<meta>` or `<link>` is looked for: an XML serialiser writes it
`<meta …/>`, as every empty element, so a page writing `<meta …>` is none of its output."""
_EMPTY_PAIR = re.compile(
    rb"<(?!(?:script|style|textarea|title|iframe)\b)([a-zA-Z][^\s/<>]*+)[^<>]*></\1\s*>",
    re.IGNORECASE,
)
"""An empty element written open and closed (`<div class="clear"></div>`), as pages written
for browsers write them; script and frames are so written by XML serialisers too. The name
is read whole and stops at a `<`: cut at each of its characters, with the rest read as its
attributes, a long run after a `<` was quadratic (`<a` and 20,000 letters took 6 s, a
megabyte hours, in one C call over the page)."""


def closed_empty_elements(html: str, utf8: bytes | None) -> str | bytes:
    """What lexbor should read: `html` (or `utf8`, its UTF-8 bytes), where a page that writes
    its empty elements self-closed has every self-closed non-void HTML element
    (`<i class="icon"/>`, `<div/>`, `<a name="top"/>`) written as the empty element its
    author meant (`<i class="icon"></i>`).

    XHTML serialisations write empty elements so, and a browser reading the page as HTML
    ignores the `/` and opens the element: everything after it nests one level deeper, and
    the posts of a thread form a staircase where no two are siblings. Done only when the page
    shows such a serialisation: it writes more empty elements `<x/>` than `<x></x>`. Pages
    saved through an XML serialiser write them all so, and often declare nothing (no XML
    declaration, namespace or doctype); pages written for browsers, XHTML doctype or not,
    write `<x></x>` and hold a stray `<div/>` that browsers opened, which is what their
    authors saw (read closed, their article blocks end elsewhere and lose paragraphs). Void,
    SVG and MathML elements and `/>` inside comments, raw text and attribute values are left
    as they are. A page whose first `<meta>` or `<link>` is not self-closed (most pages) is
    handed on without a pass over its bytes.
    """
    first = _FIRST_VOID_TAG.search(html, 0, _HEAD_CHARS)
    if first is not None and not first[0].endswith("/>"):  # no XML serialiser wrote it
        return html if utf8 is None else utf8
    data = utf8 if utf8 is not None else html.encode()
    spans = _self_closed_spans(data)
    if not spans or len(spans) <= sum(1 for _ in _EMPTY_PAIR.finditer(data)):
        return html if utf8 is None else utf8
    parts = []
    done = 0
    for end, name in spans:
        parts += [data[done : end - 2], b"></", name, b">"]
        done = end
    parts.append(data[done:])
    return b"".join(parts)


def _self_closed_spans(data: bytes) -> list[tuple[int, bytes]]:
    """The end and name of each start tag written self-closed (`_SELF_CLOSED_TAG`) whose
    name is none of `_KEPT_SELF_CLOSED`, outside `_RAW_TEXT` and attribute values.

    Most pages never get here (their head writes `<meta …>`: `closed_empty_elements`), so a
    plain search for `/>` is cheap; only those tags are read in Python, and a regex pass over
    the page finds its raw text only when one of them is to be closed."""
    marks = []
    mark = data.find(b"/>")
    while mark != -1:
        marks.append(mark)
        mark = data.find(b"/>", mark + 2)
    tags = []
    for mark in marks:
        start = data.rfind(b"<", 0, mark)
        end = mark + 2
        tag = _SELF_CLOSED_TAG.fullmatch(data, start, end) if start != -1 else None
        if tag is not None and tag[1].lower() not in _KEPT_SELF_CLOSED:
            last = data.rfind(b"<", 0, start)
            before = _START_TAG.match(data, last) if last != -1 else None  # in its value?
            if before is None or before.end() <= start:
                tags.append((start, end, tag[1]))
    if not tags:
        return []
    skipped = [(match.start(), match.end()) for match in _RAW_TEXT.finditer(data)]
    skipped_starts = [start for start, _ in skipped]
    spans = []
    for start, end, name in tags:
        inside = bisect.bisect_right(skipped_starts, start) - 1
        if inside < 0 or skipped[inside][1] <= start:
            spans.append((end, name))
    return spans
