#!/usr/bin/env python3
"""Build the official-ranking test documents in ``tests/fixtures/official/``.

Every value here is INVENTED. Each document shows the caption
"DỮ LIỆU KIỂM THỬ — không phải số liệu thật" and is loaded with ``is_test_data=True``
(``scrapers.official`` also forces the flag when it sees that caption). The demo never
loads ``tests/fixtures``.

Documents:
  dti_2022_ranking.html        DTI-style page: 2-level merged header ("Xếp hạng" and
                               "Tỉnh/thành phố" rowspan 2, "Chỉ số DTI" colspan 4 over
                               Chính quyền số / Kinh tế số / Xã hội số / Tổng), English
                               decimals, shared ranks ("5" twice; "12=" then a blank),
                               name variants, one province missing, a national-average
                               row, and a layout table that is not a ranking.
  par_index_2022_annex.pdf     PAR Index-style annex (fpdf2, DejaVu Sans): STT, Tỉnh/thành
                               phố, 8 area columns under a merged header, Tổng điểm, Xếp
                               hạng; column-number row; Vietnamese decimals; rows in
                               region order (STT is not the rank); continues over pages
                               without repeating the header; one province missing.
  par_index_2022_annex_ascii.pdf  the same annex printed without diacritics (core font),
                               what the builder falls back to when no Vietnamese font exists.
  malformed_ranking.html       a ranking table with a duplicated province row.

Run:  .venv/bin/python scripts/build_official_fixtures.py [--out DIR]
Output is deterministic (fixed seed, fixed PDF creation date).
"""
from __future__ import annotations

import argparse
import html
import random
import unicodedata
from datetime import datetime, timezone
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
OUT = ROOT / "tests" / "fixtures" / "official"
MARKER = "DỮ LIỆU KIỂM THỬ — không phải số liệu thật"
FONT_CANDIDATES = [
    Path("/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf"),
    Path("/usr/share/fonts/TTF/DejaVuSans.ttf"),
    Path("/usr/share/fonts/dejavu/DejaVuSans.ttf"),
]
FIXED_DATE = datetime(2024, 1, 1, tzinfo=timezone.utc)

# The 63 pre-2025 provinces in region order (domain.md §3 / ref_provinces.csv)
PROVINCES = [
    "Hà Giang", "Cao Bằng", "Bắc Kạn", "Tuyên Quang", "Lào Cai", "Điện Biên", "Lai Châu", "Sơn La",
    "Yên Bái", "Hòa Bình", "Thái Nguyên", "Lạng Sơn", "Bắc Giang", "Phú Thọ", "Quảng Ninh", "Hà Nội",
    "Vĩnh Phúc", "Bắc Ninh", "Hải Dương", "Hải Phòng", "Hưng Yên", "Thái Bình", "Hà Nam", "Nam Định",
    "Ninh Bình", "Thanh Hóa", "Nghệ An", "Hà Tĩnh", "Quảng Bình", "Quảng Trị", "Thừa Thiên Huế",
    "Đà Nẵng", "Quảng Nam", "Quảng Ngãi", "Bình Định", "Phú Yên", "Khánh Hòa", "Ninh Thuận",
    "Bình Thuận", "Kon Tum", "Gia Lai", "Đắk Lắk", "Đắk Nông", "Lâm Đồng", "Bình Phước", "Tây Ninh",
    "Bình Dương", "Đồng Nai", "Bà Rịa - Vũng Tàu", "Hồ Chí Minh", "Long An", "Tiền Giang", "Bến Tre",
    "Trà Vinh", "Vĩnh Long", "Đồng Tháp", "An Giang", "Kiên Giang", "Cần Thơ", "Hậu Giang",
    "Sóc Trăng", "Bạc Liêu", "Cà Mau",
]
# how the test tables spell some of them
DTI_SPELLING = {"Hồ Chí Minh": "TP. Hồ Chí Minh", "Thừa Thiên Huế": "Thừa Thiên - Huế", "Đắk Lắk": "Đăk Lăk",
                "Khánh Hòa": "Khánh Hoà", "Hà Nội": "TP. Hà Nội"}
PAR_SPELLING = {"Hồ Chí Minh": "TP. Hồ Chí Minh", "Thừa Thiên Huế": "Thừa Thiên - Huế", "Đắk Lắk": "Đăk Lăk",
                "Hòa Bình": "Hoà Bình", "Bà Rịa - Vũng Tàu": "BR-VT"}
DTI_MISSING = "Lai Châu"
PAR_MISSING = "Bạc Liêu"
PAR_AREAS = [  # (header as printed, invented maximum points; they sum to 100)
    ("Công tác chỉ đạo, điều hành CCHC", 7), ("Cải cách thể chế", 8), ("Cải cách thủ tục hành chính", 10),
    ("Cải cách tổ chức bộ máy hành chính", 7), ("Cải cách chế độ công vụ", 9), ("Cải cách tài chính công", 7),
    ("Xây dựng và phát triển Chính quyền điện tử, Chính quyền số", 12),
    ("Tác động của CCHC đến người dân, tổ chức và phát triển KT-XH", 40),
]


def ascii_fold(text: str) -> str:
    """'Thừa Thiên - Huế' → 'Thua Thien - Hue' (case kept), '—' → '-'."""
    text = text.replace("Đ", "D").replace("đ", "d").replace("—", "-").replace("–", "-")
    return "".join(c for c in unicodedata.normalize("NFD", text) if not unicodedata.combining(c))


def competition_ranks(values: list[float]) -> list[int]:
    """1, 2, 2, 4: equal values share the rank, the next rank skips."""
    ranks, prev = [], None
    for i, v in enumerate(values, start=1):
        ranks.append(ranks[-1] if prev is not None and v == prev else i)
        prev = v
    return ranks


# --------------------------------------------------------------------------- DTI (HTML)
def dti_rows(rng: random.Random) -> list[dict]:
    rows = []
    for p in PROVINCES:
        gov, eco, soc = (round(rng.uniform(0.30, 0.90), 4) for _ in range(3))
        rows.append({"province": p, "gov": gov, "eco": eco, "soc": soc, "total": round((gov + eco + soc) / 3, 4)})
    rows.sort(key=lambda r: -r["total"])
    # invented ties: places 5-6 and 12-13 share a score
    for a, b in ((4, 5), (11, 12)):
        rows[b]["total"] = rows[a]["total"]
    ranks = competition_ranks([r["total"] for r in rows])
    for r, k in zip(rows, ranks):
        r["rank"] = k
    return rows


def build_dti_html(rng: random.Random) -> str:
    rows = dti_rows(rng)
    body = []
    seen_tie_12 = False
    for r in rows:
        if r["province"] == DTI_MISSING:
            continue  # the missing row
        rank = str(r["rank"])
        if r["rank"] == 12:
            rank = "" if seen_tie_12 else "12="  # "12=" then a blank cell: same rank as above
            seen_tie_12 = True
        name = DTI_SPELLING.get(r["province"], r["province"])
        body.append(
            f"      <tr><td>{rank}</td><td>{html.escape(name)}</td><td>{r['gov']:.4f}</td>"
            f"<td>{r['eco']:.4f}</td><td>{r['soc']:.4f}</td><td>{r['total']:.4f}</td></tr>"
        )
    avg = sum(r["total"] for r in rows) / len(rows)
    body.append(f"      <tr><td></td><td>Trung bình cả nước</td><td></td><td></td><td></td><td>{avg:.4f}</td></tr>")
    rows_html = "\n".join(body)
    return f"""<!DOCTYPE html>
<html lang="vi">
<head>
  <meta charset="utf-8">
  <title>Xếp hạng DTI 2022 — {MARKER}</title>
</head>
<body>
  <table class="layout"><tr><td><a href="/">Trang chủ</a></td><td><a href="/xep-hang-2022">Xếp hạng</a></td></tr></table>
  <p class="test-data-warning"><strong>{MARKER}</strong>. Trang này được tạo tự động cho kiểm thử
  phần mềm; mọi con số đều là giả định.</p>
  <h1>Kết quả xếp hạng Chỉ số đánh giá chuyển đổi số cấp tỉnh năm 2022 (DTI) — dữ liệu giả định</h1>
  <table class="ranking" border="1">
    <caption>{MARKER}</caption>
    <thead>
      <tr><th rowspan="2">Xếp hạng</th><th rowspan="2">Tỉnh/thành phố</th><th colspan="4">Chỉ số DTI</th></tr>
      <tr><th>Chính quyền số</th><th>Kinh tế số</th><th>Xã hội số</th><th>Tổng</th></tr>
    </thead>
    <tbody>
{rows_html}
    </tbody>
  </table>
  <table class="footer"><tr><td>Liên hệ</td><td>Đơn vị kiểm thử — test.invalid</td></tr>
  <tr><td>Ghi chú</td><td>{MARKER}</td></tr></table>
</body>
</html>
"""


def build_malformed_html() -> str:
    rows = [("1", "Quảng Ninh", "91,05"), ("2", "Hà Nội", "90,12"), ("3", "Hải Phòng", "89,40"),
            ("4", "Hà Nội", "88,75"), ("5", "Đà Nẵng", "88,10")]
    body = "\n".join(f"      <tr><td>{a}</td><td>{b}</td><td>{c}</td></tr>" for a, b, c in rows)
    return f"""<!DOCTYPE html>
<html lang="vi"><head><meta charset="utf-8"><title>Bảng lỗi — {MARKER}</title></head>
<body>
  <p><strong>{MARKER}</strong>: bảng cố ý sai (một tỉnh xuất hiện hai lần).</p>
  <table border="1">
    <thead><tr><th>Xếp hạng</th><th>Tỉnh/thành phố</th><th>Tổng điểm</th></tr></thead>
    <tbody>
{body}
    </tbody>
  </table>
</body></html>
"""


# --------------------------------------------------------------------------- PAR (PDF)
def par_rows(rng: random.Random) -> list[dict]:
    rows = []
    for p in PROVINCES:
        parts = [round(mx * rng.uniform(0.62, 0.97), 2) for _, mx in PAR_AREAS]
        rows.append({"province": p, "parts": parts, "total": round(sum(parts), 2)})
    by_score = sorted(rows, key=lambda r: -r["total"])
    # invented tie: places 3 and 4 share a total (adjust the last area of place 4)
    a, b = by_score[2], by_score[3]
    diff = round(a["total"] - b["total"], 2)
    b["parts"][-1] = round(b["parts"][-1] + diff, 2)
    b["total"] = a["total"]
    by_score.sort(key=lambda r: -r["total"])
    for r, k in zip(by_score, competition_ranks([r["total"] for r in by_score])):
        r["rank"] = k
    return rows  # region order: STT is not the rank


def vi_num(x: float) -> str:
    return f"{x:.2f}".replace(".", ",")


class _Annex:
    def __init__(self, unicode_font: Path | None):
        from fpdf import FPDF

        self.pdf = FPDF(orientation="L", unit="mm", format="A4")
        self.pdf.set_creation_date(FIXED_DATE)
        self.pdf.set_auto_page_break(False)
        self.pdf.set_margins(10, 10, 10)
        self.ascii = unicode_font is None
        if unicode_font is not None:
            self.pdf.add_font("DejaVu", "", str(unicode_font))
            self.font = "DejaVu"
        else:
            self.font = "Helvetica"

    def t(self, text: str) -> str:
        return ascii_fold(text) if self.ascii else text

    def box(self, x: float, y: float, w: float, h: float, text: str, size: float = 6.5, align: str = "C") -> None:
        pdf = self.pdf
        pdf.rect(x, y, w, h)
        pdf.set_font(self.font, size=size)
        line_h = size * 0.45
        lines = pdf.multi_cell(w - 1, line_h, self.t(text), dry_run=True, output="LINES")
        top = y + max(0.3, (h - line_h * len(lines)) / 2)
        pdf.set_xy(x + 0.5, top)
        pdf.multi_cell(w - 1, line_h, self.t(text), align=align)

    def page_title(self, first: bool) -> float:
        pdf = self.pdf
        pdf.add_page()
        pdf.set_font(self.font, size=9)
        pdf.set_xy(10, 8)
        pdf.cell(0, 5, self.t(MARKER), align="C")
        if first:
            pdf.set_font(self.font, size=10)
            pdf.set_xy(10, 14)
            pdf.cell(0, 5, self.t("Phụ lục: Kết quả Chỉ số cải cách hành chính năm 2022 của các tỉnh, "
                                   "thành phố trực thuộc Trung ương (số liệu giả định)"), align="C")
            return 22.0
        return 15.0


def build_par_pdf(rng: random.Random, unicode_font: Path | None) -> bytes:
    rows = [r for r in par_rows(rng) if r["province"] != PAR_MISSING]
    doc = _Annex(unicode_font)
    widths = [9, 34] + [24] * len(PAR_AREAS) + [17, 14]
    xs = [10.0]
    for w in widths:
        xs.append(xs[-1] + w)
    n = len(widths)
    row_h, head1, head2, numrow = 5.2, 6.0, 17.0, 4.0
    bottom = 200.0

    def header(y: float) -> float:
        b = doc.box
        b(xs[0], y, widths[0], head1 + head2, "STT")
        b(xs[1], y, widths[1], head1 + head2, "Tỉnh/thành phố")
        b(xs[2], y, xs[2 + len(PAR_AREAS)] - xs[2], head1, "Điểm các lĩnh vực cải cách hành chính")
        for k, (name, _) in enumerate(PAR_AREAS):
            b(xs[2 + k], y + head1, widths[2 + k], head2, name, size=5.6)
        b(xs[n - 2], y, widths[n - 2], head1 + head2, "Tổng điểm")
        b(xs[n - 1], y, widths[n - 1], head1 + head2, "Xếp hạng")
        y += head1 + head2
        for k in range(n):
            b(xs[k], y, widths[k], numrow, f"({k + 1})", size=5.5)
        return y + numrow

    y = header(doc.page_title(first=True))
    for stt, r in enumerate(rows, start=1):
        if y + row_h > bottom:
            y = doc.page_title(first=False)  # continuation page: no repeated header
        name = PAR_SPELLING.get(r["province"], r["province"])
        cells = [str(stt), name, *[vi_num(v) for v in r["parts"]], vi_num(r["total"]), str(r["rank"])]
        for k, text in enumerate(cells):
            doc.box(xs[k], y, widths[k], row_h, text, size=6.5, align="L" if k == 1 else "C")
        y += row_h
    return bytes(doc.pdf.output())


def find_font() -> Path | None:
    return next((p for p in FONT_CANDIDATES if p.exists()), None)


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--out", type=Path, default=OUT)
    args = ap.parse_args()
    out: Path = args.out
    out.mkdir(parents=True, exist_ok=True)
    (out / "dti_2022_ranking.html").write_text(build_dti_html(random.Random(2022)), encoding="utf-8")
    (out / "malformed_ranking.html").write_text(build_malformed_html(), encoding="utf-8")
    font = find_font()
    if font is None:
        print("no DejaVuSans.ttf found: the Vietnamese annex is printed without diacritics "
              "(apt-get install -y fonts-dejavu-core for the full version)")
    (out / "par_index_2022_annex.pdf").write_bytes(build_par_pdf(random.Random(2023), font))
    (out / "par_index_2022_annex_ascii.pdf").write_bytes(build_par_pdf(random.Random(2023), None))
    (out / "README.md").write_text(
        "# Official ranking test documents\n\n"
        f"**{MARKER}.** Every number in these files is invented for tests. Generated by "
        "`scripts/build_official_fixtures.py` (do not edit by hand); loaded only by tests, "
        "always with `is_test_data = true`.\n",
        encoding="utf-8",
    )
    for p in sorted(out.iterdir()):
        print(f"wrote {p.relative_to(ROOT) if p.is_relative_to(ROOT) else p} ({p.stat().st_size} bytes)")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
