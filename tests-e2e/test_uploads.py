"""Originals of documents (issue 13 part 3), from the outside: a PDF made here goes up through
the document form as a browser sends it, its text comes out through the server's pdftotext and is
found, and the download is the same bytes with the checksum in ETag and Repr-Digest. A file over
the limit comes back on the form with its problem and everything typed kept."""

from __future__ import annotations

import base64
import hashlib

from helpers import document_form, document_id_from, form_with_field, parse_html, replace_fields, unique


def pdf_with(lines: list[str]) -> bytes:
    """A one-page PDF whose text layer holds the lines (Helvetica, WinAnsi)."""
    ops = "BT /F1 12 Tf 72 760 Td " + " 0 -16 Td ".join(f"({line}) Tj" for line in lines) + " ET"
    stream = ops.encode("latin-1")
    objects = [
        b"<< /Type /Catalog /Pages 2 0 R >>",
        b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
        b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Resources << /Font << /F1 5 0 R >> >> /Contents 4 0 R >>",
        b"<< /Length %d >>\nstream\n" % len(stream) + stream + b"\nendstream",
        b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>",
    ]
    out, offsets = b"%PDF-1.4\n", []
    for number, body in enumerate(objects, start=1):
        offsets.append(len(out))
        out += b"%d 0 obj\n" % number + body + b"\nendobj\n"
    xref = len(out)
    out += b"xref\n0 %d\n0000000000 65535 f \n" % (len(objects) + 1) + b"".join(b"%010d 00000 n \n" % o for o in offsets)
    return out + b"trailer\n<< /Size %d /Root 1 0 R >>\nstartxref\n%d\n%%%%EOF\n" % (len(objects) + 1, xref)


def post_with_file(session, url, fields: dict, filename: str, content: bytes, ctype: str):
    data = replace_fields(document_form(session, url), **fields)
    return session.post(url("/documenten"), data=data, files={"bestand": (filename, content, ctype)},
                        timeout=120, allow_redirects=False)


def test_a_pdf_goes_up_is_read_found_and_comes_back_unchanged(url, editor_web, api, accounts):
    word = "uploadwoord" + "".join(chr(ord("a") + int(c, 16) % 26) for c in unique()[:10])
    content = pdf_with([f"Verslag van het kenniscafe over {word}", "met de gemeenten van Drenthe"])
    resp = post_with_file(editor_web, url, {"titel": f"E2E upload {word}", "soort": "verslag", "vertrouwelijkheid": "openbaar"},
                          "verslag.pdf", content, "application/pdf")
    assert resp.status_code == 303, f"POST /documenten with a PDF -> {resp.status_code}: {resp.text[:500]}"
    doc = document_id_from(resp.headers.get("Location"))

    stored = api("GET", f"/api/v1/documenten/{doc}", accounts.editor_token).json()
    assert word in (stored.get("tekst") or ""), f"the PDF's text is not the document's text: {stored.get('tekst')!r}"
    hits = api("GET", f"/api/v1/zoeken?q={word}").json()
    assert any(hit["id"] == doc for hit in hits["resultaten"]), f"the uploaded PDF is not found by its word: {hits}"

    download = editor_web.get(url(f"/documenten/{doc}/bestand"), timeout=30)
    assert download.status_code == 200, download.status_code
    assert download.content == content, "the download is not the uploaded file"
    assert download.headers["Content-Type"] == "application/pdf"
    digest = hashlib.sha256(content)
    assert download.headers["ETag"] == f'"{digest.hexdigest()}"'
    assert download.headers["Repr-Digest"] == f"sha-256=:{base64.b64encode(digest.digest()).decode()}:"
    page = editor_web.get(url(f"/documenten/{doc}"), timeout=30).text
    assert digest.hexdigest() in page and f"/documenten/{doc}/bestand" in page, "the document page does not offer the original"


def test_a_file_over_the_limit_is_named_on_the_form_and_nothing_is_kept(url, editor_web, api, accounts):
    token = unique()
    title = f"E2E te groot bestand {token}"
    resp = post_with_file(editor_web, url, {"titel": title, "soort": "brief", "kenmerk": f"E2E/{token[:6]}",
                                             "vertrouwelijkheid": "openbaar"},
                          "groot.txt", b"a" * (21 * 1024 * 1024), "text/plain")
    assert resp.status_code == 400, f"a 21 MiB upload -> {resp.status_code}: {resp.text[:300]}"
    form = form_with_field(parse_html(resp.text), "titel")
    assert form.field("titel").value() == title, "the title typed before the upload was lost"
    assert "groot.txt" in resp.text and "20 MB" in resp.text, "the page does not say which file is too large and what the limit is"
    hits = api("GET", f"/api/v1/documenten?q={token}", accounts.admin_token).json()["totaal"]
    assert hits == 0, "the refused upload created a document"
