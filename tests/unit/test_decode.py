import gzip

import pytest

from flows.parse.decode import NotAPage, decode, unpack


@pytest.mark.parametrize(
    ("data", "expected"),
    [
        ("<p>café “quoted”</p>".encode(), "<p>café “quoted”</p>"),
        ("\ufeff<p>bom</p>".encode(), "<p>bom</p>"),
        (
            '<meta charset="windows-1252"><p>café “q”</p>'.encode("cp1252"),
            '<meta charset="windows-1252"><p>café “q”</p>',
        ),
        (
            '<meta charset="utf-8"><p>café</p>'.encode("latin-1"),
            '<meta charset="utf-8"><p>café</p>',
        ),
        (
            '<meta charset="shift_jis"><p>ニュース</p>'.encode("shift_jis"),
            '<meta charset="shift_jis"><p>ニュース</p>',
        ),
        ("<p>UTF-16 page ü</p>".encode("utf-16"), "<p>UTF-16 page ü</p>"),
        ("<p>UTF-16 page, no BOM</p>".encode("utf-16-le"), "<p>UTF-16 page, no BOM</p>"),
    ],
)
def test_decode_finds_the_right_charset(data, expected):
    assert decode(data) == expected


@pytest.mark.parametrize(
    ("data", "reason"),
    [
        (b"", "empty page"),
        (b" \n\t ", "empty page"),
        (b"\x89PNG\r\n\x1a\n" + bytes(100), "PNG image"),
        (b"%PDF-1.7\n...", "PDF document"),
        (bytes(range(256)) * 8, "binary data"),
    ],
)
def test_decode_refuses_what_is_not_a_text_page(data, reason):
    with pytest.raises(NotAPage, match=reason):
        decode(data)


def test_unpack_gunzips_by_magic_number():
    assert unpack(gzip.compress(b"<p>hi</p>")) == b"<p>hi</p>"


def test_unpack_reports_truncated_gzip():
    with pytest.raises(NotAPage, match="truncated gzip"):
        unpack(gzip.compress(b"<p>" + b"news " * 1000 + b"</p>")[:40])


def test_unpack_enforces_the_size_limit():
    with pytest.raises(NotAPage, match="too large"):
        unpack(b"x" * 2048, max_bytes=1024)
    with pytest.raises(NotAPage, match="too large"):
        unpack(gzip.compress(b"x" * 4096), max_bytes=1024)


@pytest.mark.parametrize(
    ("text", "encoding"),
    [
        (
            "<p>東京都は二十七日、新しい橋の建設計画を発表した。市民の反応はさまざまだ。</p>",
            "shift_jis",
        ),
        ("<p>Мэр города заявил, что мост будет закрыт на ремонт в следующем месяце.</p>", "cp1251"),
        ("<p>The café’s owner said “we’re délighted” — a naïve résumé.</p>", "cp1252"),
        ("<p>Der Bürgermeister sagte, die Brücke müsse geschlossen werden.</p>", "latin-1"),
    ],
)
def test_decode_detects_the_charset_of_undeclared_pages(text, encoding):
    assert decode(text.encode(encoding)) == text


def test_decode_reads_http_equiv_and_xml_declarations():
    http_equiv = (
        '<meta http-equiv="Content-Type" content="text/html; charset=Shift_JIS"><p>ニュース</p>'
    )
    assert decode(http_equiv.encode("shift_jis")) == http_equiv
    xml = '<?xml version="1.0" encoding="windows-1252"?><p>“quoted”</p>'
    assert decode(xml.encode("cp1252")) == xml


PAGE = b"<html><body><p>" + b"news of the day " * 500 + b"</p></body></html>"


def test_unpack_refuses_a_gzip_page_whose_checksum_is_wrong_in_zlibs_words():
    packed = bytearray(gzip.compress(PAGE))
    packed[-8] ^= 1  # the CRC-32 of the trailer
    with pytest.raises(NotAPage, match="corrupt gzip data: .*incorrect data check"):
        unpack(bytes(packed))


def test_unpack_refuses_reserved_gzip_header_flags_in_zlibs_words():
    packed = bytearray(gzip.compress(PAGE))
    packed[3] |= 0x20
    with pytest.raises(NotAPage, match="corrupt gzip data: .*unknown header flags"):
        unpack(bytes(packed))


def test_unpack_reads_the_first_gzip_member_only():
    assert unpack(gzip.compress(PAGE) + gzip.compress(b"<p>second</p>")) == PAGE


def test_decode_reads_the_bytes_windows_1252_leaves_undefined_as_browsers_do():
    page = b'<meta charset="windows-1252"><p>caf\xe9 \x81\x8d\x8f\x90</p>'
    assert decode(page) == '<meta charset="windows-1252"><p>café \x81\x8d\x8f\x90</p>'


def test_decode_shows_utf8_pasted_into_a_windows_1252_page_as_a_browser_does():
    page = b'<meta charset="windows-1252"><p>caf\xe9, ' + "“quoted”".encode() + b"</p>"
    assert decode(page) == '<meta charset="windows-1252"><p>café, â€œquotedâ€\x9d</p>'


def test_decode_reads_undefined_windows_1252_bytes_alike_whether_declared_or_not():
    text = b"<p>Le caf\xe9 de la gare, cr\xe8me br\xfbl\xe9e et th\xe9 \x81\x9d</p>"
    assert decode(text) == "<p>Le café de la gare, crème brûlée et thé \x81\x9d</p>"
