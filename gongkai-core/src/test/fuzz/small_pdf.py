#!/usr/bin/env python3
"""Writes a small PDF that places the words of some pages of a published PDF where they stood.

The fuzz seed corpus needs PDFs of a few kilobytes whose bytes a mutation can change meaningfully:
this one keeps every word and its position (as `pdftotext -bbox` gives them) and drops the embedded
fonts and the compression. The text is in a non-embedded CID font whose codes are the characters'
Unicode values, with a ToUnicode map saying so, so that a reader extracts the same text.

    small_pdf.py SOURCE.pdf OUT.pdf PAGE [PAGE ...]
"""
import html
import re
import subprocess
import sys


def words(source, page):
    out = subprocess.run(["pdftotext", "-f", str(page), "-l", str(page), "-bbox", source, "-"],
                         check=True, capture_output=True, text=True).stdout
    size = re.search(r'<page width="([\d.]+)" height="([\d.]+)"', out)
    found = re.findall(r'<word xMin="([\d.]+)" yMin="([\d.]+)" xMax="([\d.]+)" yMax="([\d.]+)">(.*?)</word>', out)
    return (float(size.group(1)), float(size.group(2))), [
        (float(a), float(b), float(c), float(d), html.unescape(t)) for a, b, c, d, t in found]


def content(page_height, page_words):
    lines = ["BT"]
    for x0, y0, x1, y1, text in page_words:
        height = y1 - y0
        size = round(height, 1)
        baseline = page_height - y1 + height * 0.12
        codes = "".join("%04X" % ord(c) for c in text if ord(c) <= 0xFFFF)
        lines.append("/F1 %.1f Tf 1 0 0 1 %.2f %.2f Tm <%s> Tj" % (size, x0, baseline, codes))
    lines.append("ET")
    return "\n".join(lines).encode("ascii")


def to_unicode(chars):
    ranges = sorted({ord(c) >> 8 for c in chars if ord(c) <= 0xFFFF})
    body = ["/CIDInit /ProcSet findresource begin 12 dict begin begincmap",
            "/CMapName /Identity-Unicode def /CMapType 2 def",
            "1 begincodespacerange <0000> <FFFF> endcodespacerange",
            "%d beginbfrange" % len(ranges)]
    body += ["<%02X00> <%02XFF> <%02X00>" % (r, r, r) for r in ranges]
    body += ["endbfrange", "endcmap CMapName currentdict /CMap defineresource pop end end"]
    return "\n".join(body).encode("ascii")


def main(source, out, pages):
    objects = []  # object bodies, numbered from 1

    def add(body):
        objects.append(body)
        return len(objects)

    def stream(data):
        return b"<< /Length %d >>\nstream\n" % len(data) + data + b"\nendstream"

    all_pages = [words(source, p) for p in pages]
    chars = "".join(t for _, ws in all_pages for *_, t in ws)
    cmap = add(stream(to_unicode(chars)))
    cid = add(b"<< /Type /Font /Subtype /CIDFontType0 /BaseFont /STSong-Light "
              b"/CIDSystemInfo << /Registry (Adobe) /Ordering (Identity) /Supplement 0 >> "
              b"/DW 1000 /W [32 126 500] >>")
    font = add(b"<< /Type /Font /Subtype /Type0 /BaseFont /STSong-Light /Encoding /Identity-H "
               b"/DescendantFonts [%d 0 R] /ToUnicode %d 0 R >>" % (cid, cmap))
    pages_id = len(objects) + 1 + 2 * len(all_pages)
    kids = []
    for (w, h), ws in all_pages:
        c = add(stream(content(h, ws)))
        kids.append(add(b"<< /Type /Page /Parent %d 0 R /MediaBox [0 0 %.1f %.1f] "
                        b"/Resources << /Font << /F1 %d 0 R >> >> /Contents %d 0 R >>" % (pages_id, w, h, font, c)))
    assert add(b"<< /Type /Pages /Kids [%s] /Count %d >>"
               % (b" ".join(b"%d 0 R" % k for k in kids), len(kids))) == pages_id
    catalog = add(b"<< /Type /Catalog /Pages %d 0 R >>" % pages_id)

    data = bytearray(b"%PDF-1.7\n")
    offsets = []
    for n, body in enumerate(objects, 1):
        offsets.append(len(data))
        data += b"%d 0 obj\n" % n + body + b"\nendobj\n"
    xref = len(data)
    data += b"xref\n0 %d\n0000000000 65535 f \n" % (len(objects) + 1)
    data += b"".join(b"%010d 00000 n \n" % o for o in offsets)
    data += b"trailer\n<< /Size %d /Root %d 0 R >>\nstartxref\n%d\n%%%%EOF\n" % (len(objects) + 1, catalog, xref)
    with open(out, "wb") as f:
        f.write(data)


if __name__ == "__main__":
    main(sys.argv[1], sys.argv[2], [int(p) for p in sys.argv[3:]])
