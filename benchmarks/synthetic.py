"""Synthetic source sites for the benchmarks: real CMS layouts, known facts, portal-sized chrome.

A :class:`Corpus` is M hosts of the known CMS families (``scrapers/cms_families.yml``),
one province each, and a deterministic stream of N article pages spread over them. Each
page is rendered in its family's markup, so the real parsers find title, date and body
with the family's selectors, and wrapped in 30-150 KB of site chrome (mega menu, "Tin
mới" / "Văn bản mới" sidebars, inline CSS and scripts, SharePoint view state, footer)
like real provincial portals. The body states 0-3 facts (PAR Index / SIPAS / PAPI /
PCI / DTI scores and ranks, reform-plan task progress, dossier counts) in Vietnamese
sentences with varied phrasing, between paragraphs of number-free prose; the facts are
returned with the page (:attr:`Page.facts`) so a test can check the extractor got them.
About one page in ten is an unrelated notice (weather, sports) with no facts.

Outputs:

* :meth:`Corpus.write_snapshot` — a replay-server snapshot directory (robots.txt, one
  listing page per host, the article pages, ``_routes.json``) for crawl benchmarks;
* :meth:`Corpus.registry_yaml` — a source registry for those hosts (``load_registry``
  accepts the file path);
* :meth:`Corpus.page` — page *i* (HTML bytes, URL, source id, known facts), for filling
  a raw zone directly at 100k-page scale.

Everything is derived from ``(seed, i)`` alone: the same corpus on two machines has the
same bytes.
"""
from __future__ import annotations

import html
import json
import random
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path
from typing import Any

e = html.escape

FAMILIES = ("numeric_path", "sharepoint", "liferay", "nukeviet", "drupal", "wordpress")

# (canonical province name, host slug) — every slug is recognised by the gazetteer
# (scrapers.extract.gazetteer.province_from_url), also with "sonoivu." and "bao".
PROVINCES = (
    ("Bến Tre", "bentre"), ("Cà Mau", "camau"), ("An Giang", "angiang"), ("Sóc Trăng", "soctrang"),
    ("Kiên Giang", "kiengiang"), ("Đồng Tháp", "dongthap"), ("Vĩnh Long", "vinhlong"),
    ("Hậu Giang", "haugiang"), ("Bạc Liêu", "baclieu"), ("Nghệ An", "nghean"), ("Hà Tĩnh", "hatinh"),
    ("Quảng Bình", "quangbinh"), ("Quảng Trị", "quangtri"), ("Thanh Hóa", "thanhhoa"),
    ("Ninh Bình", "ninhbinh"), ("Nam Định", "namdinh"), ("Thái Bình", "thaibinh"),
    ("Hải Dương", "haiduong"), ("Hưng Yên", "hungyen"), ("Bắc Ninh", "bacninh"),
    ("Bắc Giang", "bacgiang"), ("Phú Thọ", "phutho"), ("Yên Bái", "yenbai"), ("Lào Cai", "laocai"),
    ("Điện Biên", "dienbien"), ("Lai Châu", "laichau"), ("Hà Giang", "hagiang"),
    ("Cao Bằng", "caobang"), ("Lạng Sơn", "langson"), ("Quảng Ninh", "quangninh"),
    ("Quảng Nam", "quangnam"), ("Quảng Ngãi", "quangngai"), ("Bình Định", "binhdinh"),
    ("Phú Yên", "phuyen"), ("Khánh Hòa", "khanhhoa"), ("Ninh Thuận", "ninhthuan"),
    ("Bình Thuận", "binhthuan"), ("Kon Tum", "kontum"), ("Gia Lai", "gialai"), ("Lâm Đồng", "lamdong"),
    ("Bình Phước", "binhphuoc"), ("Tây Ninh", "tayninh"), ("Bình Dương", "binhduong"),
    ("Đồng Nai", "dongnai"), ("Vĩnh Phúc", "vinhphuc"), ("Hà Nam", "hanam"),
    ("Thái Nguyên", "thainguyen"), ("Tuyên Quang", "tuyenquang"), ("Hòa Bình", "hoabinh"),
)

LAST_MODIFIED = "Fri, 01 Dec 2023 00:00:00 GMT"


# ------------------------------------------------------------------------------ sites


@dataclass(frozen=True)
class Site:
    source_id: str
    host: str
    province: str
    slug: str
    family: str
    name: str

    @property
    def kind(self) -> str:
        if self.family == "wordpress":
            return "provincial_paper"
        if self.family in ("nukeviet", "drupal"):
            return "home_affairs_site"
        return "provincial_portal"

    @property
    def listing_path(self) -> str:
        return {
            "numeric_path": "/1426/37932/73050/cai-cach-hanh-chinh",
            "sharepoint": "/tin-tuc/Pages/cai-cach-hanh-chinh.aspx",
            "liferay": "/web/guest/cai-cach-hanh-chinh",
            "nukeviet": "/vi/news/cai-cach-hanh-chinh/",
            "drupal": "/tin-tuc",
            "wordpress": "/chuyen-muc/cai-cach-hanh-chinh/",
        }[self.family]

    def article_path(self, n: int, slug: str) -> str:
        return {
            "numeric_path": f"/1426/37932/73050/{700000 + n}/cai-cach-hanh-chinh/{slug}",
            "sharepoint": f"/tin-tuc/Pages/{slug}-{n}.aspx",
            "liferay": f"/web/guest/cai-cach-hanh-chinh/-/details/20182/{slug}-{8100000 + n}",
            "nukeviet": f"/vi/news/cai-cach-hanh-chinh/{slug}-{5000 + n}.html",
            "drupal": f"/node/{190000 + n}",
            "wordpress": f"/{slug}-{n}/",
        }[self.family]


def make_sites(n_hosts: int, families: tuple[str, ...] = FAMILIES) -> list[Site]:
    if n_hosts > len(PROVINCES):
        raise ValueError(f"at most {len(PROVINCES)} synthetic hosts (one province each)")
    sites = []
    for i in range(n_hosts):
        province, slug = PROVINCES[i]
        fam = families[i % len(families)]
        host = {"wordpress": f"bao{slug}.vn", "nukeviet": f"sonoivu.{slug}.gov.vn",
                "drupal": f"sonoivu.{slug}.gov.vn"}.get(fam, f"{slug}.gov.vn")
        name = {"provincial_paper": f"Báo {province}", "home_affairs_site": f"Sở Nội vụ tỉnh {province}"}.get(
            {"wordpress": "provincial_paper", "nukeviet": "home_affairs_site", "drupal": "home_affairs_site"}.get(fam, ""),
            f"Cổng thông tin điện tử tỉnh {province}")
        sites.append(Site(f"bench_{slug}", host, province, slug, fam, name))
    return sites


# ------------------------------------------------------------------------------ text

FILLER = (
    "Thời gian qua, công tác cải cách hành chính được các cấp, các ngành quan tâm chỉ đạo sát sao, "
    "gắn với trách nhiệm của người đứng đầu cơ quan, đơn vị.",
    "Các sở, ban, ngành và Ủy ban nhân dân cấp huyện đã ban hành kế hoạch triển khai cụ thể, phân công "
    "rõ người, rõ việc, rõ thời gian hoàn thành.",
    "Việc rà soát, đơn giản hóa thủ tục hành chính được thực hiện thường xuyên, cắt giảm nhiều thành phần "
    "hồ sơ không cần thiết, tạo thuận lợi cho người dân và doanh nghiệp.",
    "Bộ phận Một cửa các cấp tiếp tục được kiện toàn; cán bộ, công chức tiếp nhận hồ sơ có thái độ niềm nở, "
    "hướng dẫn tận tình.",
    "Hệ thống thông tin giải quyết thủ tục hành chính của tỉnh được kết nối, chia sẻ dữ liệu với Cổng Dịch vụ "
    "công quốc gia, góp phần công khai, minh bạch quá trình xử lý hồ sơ.",
    "Công tác kiểm tra cải cách hành chính được đẩy mạnh, kịp thời chấn chỉnh những hạn chế, thiếu sót tại "
    "các cơ quan, đơn vị.",
    "Bên cạnh kết quả đạt được, công tác cải cách hành chính vẫn còn một số hạn chế như việc số hóa hồ sơ, "
    "kết quả giải quyết thủ tục hành chính chưa đồng đều giữa các địa phương.",
    "Lãnh đạo tỉnh yêu cầu các cơ quan tiếp tục nâng cao chất lượng phục vụ, lấy sự hài lòng của người dân, "
    "doanh nghiệp làm thước đo hiệu quả hoạt động.",
    "Tỉnh chú trọng xây dựng chính quyền số, đẩy mạnh thanh toán trực tuyến và sử dụng chữ ký số trong xử lý "
    "văn bản, hồ sơ công việc.",
    "Công tác tuyên truyền về cải cách hành chính được thực hiện đa dạng trên báo, đài, cổng thông tin điện tử "
    "và mạng xã hội.",
    "Đội ngũ cán bộ, công chức, viên chức được bồi dưỡng kỹ năng, nghiệp vụ, nâng cao tinh thần trách nhiệm "
    "trong thực thi công vụ.",
    "Tổ chức bộ máy tiếp tục được sắp xếp tinh gọn, hoạt động hiệu lực, hiệu quả theo đúng chủ trương của "
    "Trung ương.",
    "Thời gian tới, tỉnh tập trung khắc phục các chỉ số thành phần còn thấp, phấn đấu cải thiện vị trí xếp "
    "hạng trong những năm tiếp theo.",
    "Các địa phương tổ chức đối thoại với người dân, doanh nghiệp để lắng nghe ý kiến, kịp thời tháo gỡ khó "
    "khăn, vướng mắc trong giải quyết thủ tục hành chính.",
    "Việc ứng dụng công nghệ thông tin trong hoạt động của cơ quan nhà nước có nhiều chuyển biến tích cực, "
    "hạ tầng kỹ thuật được đầu tư đồng bộ.",
    "Hội nghị cũng đã thảo luận, đề xuất nhiều giải pháp nhằm nâng cao hiệu quả công tác cải cách hành chính "
    "trong giai đoạn tới.",
)

TITLES = (
    "Tiếp tục nâng cao hiệu quả công tác cải cách hành chính",
    "Sơ kết công tác cải cách hành chính của tỉnh",
    "Cải cách hành chính: lấy người dân, doanh nghiệp làm trung tâm",
    "Tổng kết công tác cải cách hành chính, triển khai nhiệm vụ năm mới",
    "Ban Chỉ đạo cải cách hành chính tỉnh họp phiên thường kỳ",
    "Nhiều chuyển biến tích cực trong cải cách thủ tục hành chính",
    "Đẩy mạnh cải cách hành chính gắn với chuyển đổi số",
    "Cải thiện các chỉ số đánh giá cải cách hành chính của tỉnh",
)

NOTICES = (
    ("Khuyến cáo người dân chủ động phòng, chống nắng nóng",
     ("Thời gian gần đây, trên địa bàn xuất hiện nhiều đợt nắng nóng kéo dài.",
      "Cơ quan chuyên môn khuyến cáo người dân hạn chế ra ngoài vào buổi trưa, uống đủ nước, che chắn cẩn thận "
      "khi đi đường và thường xuyên theo dõi bản tin dự báo thời tiết trên các phương tiện thông tin đại chúng.")),
    ("Sôi nổi phong trào thể dục thể thao trong đoàn viên",
     ("Hưởng ứng cuộc vận động toàn dân rèn luyện thân thể, các cơ quan, đơn vị tổ chức nhiều hoạt động giao "
      "lưu bóng chuyền, cầu lông, kéo co vào cuối tuần.",
      "Các hoạt động góp phần nâng cao sức khỏe, tạo không khí vui tươi, gắn kết giữa các đoàn viên, người lao "
      "động.")),
)

CHROME_WORDS = (
    "Hội nghị", "triển khai", "kế hoạch", "phát triển", "kinh tế - xã hội", "nông thôn mới", "du lịch",
    "an sinh xã hội", "giáo dục", "y tế", "đầu tư", "hạ tầng giao thông", "văn hóa", "thông báo", "lịch tiếp công dân",
    "tuyển dụng viên chức", "phòng chống thiên tai", "bảo vệ môi trường", "quy hoạch", "doanh nghiệp", "thanh niên",
    "hội thảo", "chuyển đổi số", "khởi nghiệp", "an toàn giao thông", "xây dựng Đảng", "quốc phòng - an ninh",
)
MENU = ("Trang chủ", "Giới thiệu", "Tin tức - Sự kiện", "Chính quyền", "Cải cách hành chính", "Văn bản",
        "Dịch vụ công", "Công dân", "Doanh nghiệp", "Du khách", "Liên hệ", "Sơ đồ cổng")


def _vn(x: float, nd: int) -> str:
    """A number as Vietnamese portals print it (decimal comma)."""
    return f"{x:.{nd}f}".replace(".", ",")


def _thousands(n: int) -> str:
    return f"{n:,}".replace(",", ".")


# ------------------------------------------------------------------------------ facts
# Each template returns (sentence, known fact). The known fact holds only the fields the
# sentence states; the extractor's output is compared on exactly those fields.

INDEX_PHRASES = {
    "PAR_INDEX": ("Chỉ số cải cách hành chính (PAR Index)", "PAR Index", "Chỉ số CCHC"),
    "PAPI": ("Chỉ số PAPI",),
    "PCI": ("Chỉ số PCI", "Chỉ số năng lực cạnh tranh cấp tỉnh (PCI)"),
    "DTI": ("Chỉ số chuyển đổi số cấp tỉnh (DTI)", "Chỉ số DTI"),
}
INDEX_SCORE = {"PAR_INDEX": (78.0, 92.0, 2), "PAPI": (40.0, 47.0, 2), "PCI": (60.0, 72.0, 2), "DTI": (0.38, 0.72, 4)}


def _index_fact(rng: random.Random, site: Site, year: int) -> tuple[str, dict]:
    idx = rng.choice(("PAR_INDEX", "PAR_INDEX", "PAR_INDEX", "PAPI", "PCI", "DTI", "SIPAS"))
    P = site.province
    if idx == "SIPAS":
        pct = round(rng.uniform(80.0, 92.0), 1)
        s = rng.choice((f"Chỉ số SIPAS năm {year} của tỉnh đạt {_vn(pct, 1)}%.",
                        f"Năm {year}, Chỉ số SIPAS của tỉnh {P} đạt {_vn(pct, 1)}%."))
        return s, {"kind": "index_result", "province": P, "index": "SIPAS", "year": year, "score": pct}
    lo, hi, nd = INDEX_SCORE[idx]
    score = round(rng.uniform(lo, hi), nd)
    rank = rng.randint(1, 63)
    name = rng.choice(INDEX_PHRASES[idx])
    sc = _vn(score, nd)
    v = rng.randrange(5)
    if v == 0:
        s = f"Năm {year}, {name} của tỉnh {P} đạt {sc} điểm, xếp thứ {rank}/63 tỉnh, thành phố."
    elif v == 1 and idx == "PAR_INDEX":
        s = f"Theo kết quả công bố, PAR Index {year} của tỉnh {P} đạt {sc} điểm, đứng thứ {rank} trên 63 tỉnh, thành phố."
    elif v == 2 and idx == "PAR_INDEX":
        s = (f"Kết quả này đưa Chỉ số CCHC năm {year} của {P} lên vị trí thứ {rank}/63 tỉnh, thành phố, "
             f"với {sc} điểm.")
    elif v == 3:
        s = f"Về {name} năm {year}, tỉnh {P} đạt {sc} điểm, xếp hạng {rank}/63."
    else:
        s = f"{name} năm {year} của tỉnh xếp hạng {rank}/63, đạt {sc} điểm."
    return s, {"kind": "index_result", "province": P, "index": idx, "year": year, "score": score,
               "rank": rank, "rank_of": 63}


def _task_fact(rng: random.Random, site: Site, year: int) -> tuple[str, dict]:
    total = rng.randint(20, 60)
    done = rng.randint(total * 2 // 3, total)
    P = site.province
    v = rng.randrange(4)
    if v == 0:
        months = rng.choice((3, 9, 10, 11))
        s = f"Trong {months} tháng đầu năm {year}, tỉnh đã hoàn thành {done}/{total} nhiệm vụ theo Kế hoạch CCHC."
        period = f"{year}-{months:02d}M"
    elif v == 1:
        s = f"Năm {year}, tỉnh {P} đã hoàn thành {done}/{total} nhiệm vụ cải cách hành chính."
        period = str(year)
    elif v == 2:
        s = f"Đến cuối tháng 11, tỉnh đã thực hiện {done}/{total} nhiệm vụ CCHC năm {year} đề ra."
        period = str(year)
    else:
        pct = round(100 * done / total, 1)
        s = (f"Kết quả, tỉnh đã hoàn thành {done}/{total} nhiệm vụ trong Kế hoạch cải cách hành chính năm {year}, "
             f"đạt tỷ lệ {_vn(pct, 1)}%.")
        period = str(year)
    return s, {"kind": "task_progress", "province": P, "period": period, "done": done, "total": total}


def _dossier_fact(rng: random.Random, site: Site, year: int) -> tuple[str, dict]:
    P = site.province
    v = rng.randrange(3)
    if v == 0:
        rec = rng.randint(80_000, 900_000)
        res = rng.randint(int(rec * 0.93), rec)
        early = round(rng.uniform(40.0, 70.0), 1)
        late = round(rng.uniform(0.1, 2.0), 1)
        on_time = round(100.0 - early - late, 1)
        s = (f"Năm {year}, toàn tỉnh tiếp nhận {_thousands(rec)} hồ sơ TTHC, đã giải quyết {_thousands(res)} hồ sơ; "
             f"trong đó trước hạn {_vn(early, 1)}%, đúng hạn {_vn(on_time, 1)}%, trễ hạn {_vn(late, 1)}%.")
        return s, {"kind": "dossier_stats", "province": P, "period": str(year), "received": rec, "resolved": res,
                   "early_pct": early, "on_time_pct": on_time, "late_pct": late}
    if v == 1:
        rec = rng.randint(50_000, 600_000)
        res = rng.randint(int(rec * 0.9), rec)
        s = (f"Trong năm {year}, các cơ quan, đơn vị trên địa bàn tỉnh đã tiếp nhận {_thousands(rec)} hồ sơ thủ tục "
             f"hành chính, giải quyết {_thousands(res)} hồ sơ.")
        return s, {"kind": "dossier_stats", "province": P, "period": str(year), "received": rec, "resolved": res}
    q = rng.randint(1, 4)
    tot = rng.randint(10_000, 90_000)
    pct = rng.randint(30, 90)
    on = round(tot * pct / 100)
    s = (f"Số hồ sơ nộp trực tuyến trong quý {'I II III IV'.split()[q - 1]}/{year} là "
         f"{_thousands(on)}/{_thousands(tot)} hồ sơ, chiếm {pct}%.")
    return s, {"kind": "dossier_stats", "province": P, "period": f"{year}-Q{q}", "online": on,
               "online_total": tot, "online_pct": pct}


FACT_MAKERS = (_index_fact, _task_fact, _dossier_fact)


# ------------------------------------------------------------------------------ pages


@dataclass
class Page:
    i: int
    site: Site
    url: str
    path: str
    title: str
    published: date
    html: str
    facts: list[dict[str, Any]] = field(default_factory=list)
    relevant: bool = True

    @property
    def body_bytes(self) -> bytes:
        return self.html.encode("utf-8")


class Corpus:
    """M synthetic hosts and a deterministic stream of article pages over them."""

    def __init__(self, n_hosts: int = 8, seed: int = 20240101, families: tuple[str, ...] = FAMILIES,
                 chrome_kb: tuple[int, int] = (30, 150)):
        self.sites = make_sites(n_hosts, families)
        self.seed = seed
        self.chrome_kb = chrome_kb
        rng = random.Random(seed)
        # A pool of chrome link titles (number-free), shared by every site.
        self._titles = [" ".join(rng.sample(CHROME_WORDS, rng.randint(3, 7))).capitalize() for _ in range(1500)]
        self._css = "".join(f".c{k}{{margin:{k % 7}px;padding:{k % 5}px;color:#{k * 2654435761 % 0xFFFFFF:06x}}}\n"
                            for k in range(400))
        self._js = "".join(f'window.cfg_{k}={{"id":"w{k}","lazy":true,"theme":"portal-{k % 9}"}};\n' for k in range(300))

    # --------------------------------------------------------------- one page
    def site_of(self, i: int) -> Site:
        return self.sites[i % len(self.sites)]

    def page(self, i: int) -> Page:
        site = self.site_of(i)
        n = i // len(self.sites)  # per-site article number
        rng = random.Random(self.seed * 1_000_003 + i)
        year = rng.choice((2021, 2022, 2023))
        published = date(year + 1, rng.randint(1, 12), rng.randint(1, 28))
        relevant = rng.random() >= 0.1
        if relevant:
            title = rng.choice(TITLES)
            paras = list(rng.sample(FILLER, rng.randint(6, 11)))
            facts = []
            makers = rng.sample(FACT_MAKERS, rng.choice((1, 1, 2, 2, 3)))
            for mk in makers:
                sentence, fact = mk(rng, site, year)
                paras.insert(rng.randint(1, len(paras)), sentence)
                facts.append(fact)
            slug = f"cai-cach-hanh-chinh-tin-{n}"
        else:
            title, body = rng.choice(NOTICES)
            paras, facts = list(body), []
            slug = f"thong-bao-tin-{n}"
        path = site.article_path(n, slug)
        url = f"https://{site.host}{path}"
        html_text = self._render(site, rng, title, published, paras, n)
        return Page(i, site, url, path, title, published, html_text, facts, relevant)

    def pages(self, start: int, stop: int):
        for i in range(start, stop):
            yield self.page(i)

    # --------------------------------------------------------------- rendering
    def _links(self, rng: random.Random, k: int, base: str = "/") -> str:
        start = rng.randrange(len(self._titles))
        out = []
        for j in range(k):
            t = self._titles[(start + j) % len(self._titles)]
            out.append(f'<li class="item"><a href="{base}tin-{(start + j) % 9973}.html" title="{e(t)}">{e(t)}</a></li>')
        return "".join(out)

    def _chrome(self, site: Site, rng: random.Random, budget: int) -> tuple[str, str, str, str]:
        """(head extras, header, sidebar, footer) adding up to about ``budget`` bytes."""
        css = f"<style>{self._css[: max(1000, budget // 10)]}</style>"
        js = f"<script>{self._js[: max(1000, budget // 10)]}</script>"
        head_extra = css + js
        menu_items = "".join(
            f'<li class="menu-item"><a href="/{k}">{e(m)}</a><ul class="sub-menu">{self._links(rng, 6, f"/{k}/")}</ul></li>'
            for k, m in enumerate(MENU))
        header = (f'<header class="site-header"><div class="logo"><a href="/">{e(site.name)}</a></div>'
                  f'<nav class="main-menu"><ul>{menu_items}</ul></nav>'
                  f'<form class="search" action="/tim-kiem"><input name="q" placeholder="Tìm kiếm"></form></header>\n')
        if site.family == "sharepoint":  # SharePoint pages carry a large view state
            vs_len = budget // 5
            vs = "".join(rng.choice("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/")
                         for _ in range(min(vs_len, 4000))) * max(1, vs_len // 4000)
            header = f'<form id="aspnetForm"><input type="hidden" name="__VIEWSTATE" value="{vs}"></form>\n' + header
        footer = (f'<footer class="site-footer"><p>Bản quyền thuộc {e(site.name)}.</p>'
                  f'<p>Ghi rõ nguồn khi phát hành lại thông tin từ trang này.</p>'
                  f'<ul class="links">{self._links(rng, 20)}</ul></footer>\n'
                  f'<script>{self._js[: budget // 20]}</script>\n')
        used = len(head_extra) + len(header) + len(footer)
        side_parts = []
        box = 0
        while used < budget:
            k = 25
            block = (f'<div class="box box-{box}"><h3 class="box-title">{e(rng.choice(("Tin mới", "Văn bản mới", "Thông báo", "Tin nổi bật", "Chuyên mục")))}</h3>'
                     f'<ul>{self._links(rng, k)}</ul></div>')
            side_parts.append(block)
            used += len(block.encode("utf-8"))
            box += 1
        sidebar = f'<aside class="sidebar">{"".join(side_parts)}</aside>\n'
        return head_extra, header, sidebar, footer

    def _render(self, site: Site, rng: random.Random, title: str, published: date, paras: list[str], n: int) -> str:
        budget = rng.randint(self.chrome_kb[0] * 1024, self.chrome_kb[1] * 1024)
        head_extra, header, sidebar, footer = self._chrome(site, rng, budget)
        body = "\n".join(f"<p>{e(p)}</p>" for p in paras)
        d = f"{published:%d/%m/%Y}"
        views = f"Lượt xem: {rng.randint(50, 5000)}"
        related = f'<h3>Tin khác</h3><ul>{self._links(rng, 6)}</ul>'
        f = site.family
        if f == "numeric_path":
            main = (f'<div class="news-detail"><h1 class="news-detail-title">{e(title)}</h1>'
                    f'<div class="news-detail-date">{d}</div><div class="view-count">{views}</div>'
                    f'<div class="share-tools"><a href="#">Chia sẻ</a> <a href="#">In bài</a></div>'
                    f'<div class="news-detail-content">\n{body}\n<div class="other-news">{related}</div></div></div>\n')
        elif f == "sharepoint":
            main = (f'<div class="ms-webpart-zone"><div class="ms-rtestate-field"><h1 class="article-title">{e(title)}</h1>'
                    f'<div class="article-date">{d}</div><span class="view-count">{views}</span>'
                    f'<div class="article-content">\n{body}\n</div></div>'
                    f'<div class="related-news">{related}</div><a class="back-to-top" href="#">Về đầu trang</a></div>\n')
        elif f == "liferay":
            main = (f'<div class="portlet-boundary"><div class="journal-content-article">'
                    f'<h1 class="header-title">{e(title)}</h1><div class="asset-publish-date">{d}</div>'
                    f'<div class="article-body">\n{body}\n</div><div class="taglib-ratings">Đánh giá bài viết</div>'
                    f'<div class="view-count">{views}</div></div></div><div class="related-assets">{related}</div>\n')
        elif f == "nukeviet":
            main = (f'<div class="news_column panel"><h1 class="title">{e(title)}</h1><div class="time">{d}</div>'
                    f'<div class="hitcount">{views}</div><div id="news-bodyhtml" class="bodytext">\n{body}\n</div>'
                    f'<div class="news-related">{related}</div></div>\n')
        elif f == "drupal":
            main = (f'<h1 class="page-title">{e(title)}</h1><div class="node node-article">'
                    f'<div class="submitted">Đăng ngày {d}</div><div class="field-name-body">\n{body}\n</div>'
                    f'<ul class="links"><li><a href="#">Bản in</a></li></ul>'
                    f'<div class="statistics_counter">{views}</div></div>\n')
        elif f == "wordpress":
            main = (f'<article class="post type-post"><header class="entry-header"><h1 class="entry-title">{e(title)}</h1>'
                    f'<div class="entry-meta"><time class="entry-date" datetime="{published.isoformat()}">{d}</time></div>'
                    f'</header><div class="entry-content">\n{body}\n<div class="sharedaddy"><h3>Chia sẻ:</h3>'
                    f'<a href="#">Facebook</a></div></div></article><div class="jp-relatedposts">{related}</div>'
                    f'<div id="respond" class="comment-respond"><h3 class="comment-reply-title">Trả lời</h3>'
                    f'<form action="/wp-comments-post.php" method="post"><p class="comment-notes">Email của bạn sẽ '
                    f'không được hiển thị công khai.</p><textarea name="comment"></textarea></form></div>\n')
        else:  # pragma: no cover - families are fixed above
            raise ValueError(f)
        gen = '<meta name="generator" content="NukeViet v4.5">' if f == "nukeviet" else ""
        return ('<!DOCTYPE html>\n<html lang="vi">\n<head>\n<meta charset="utf-8">' + gen +
                f"\n<title>{e(title)} - {e(site.name)}</title>\n{head_extra}\n</head>\n<body>\n{header}"
                f'<div id="wrapper"><main class="content">\n{main}</main>\n{sidebar}</div>\n{footer}</body>\n</html>\n')

    def _listing(self, site: Site, pages: list[Page]) -> str:
        f = site.family
        items = []
        for p in pages:
            t, h, d = e(p.title), e(p.path), f"{p.published:%d/%m/%Y}"
            items.append({
                "numeric_path": f'<div class="news-item"><a class="news-title" href="{h}">{t}</a><span class="news-date">{d}</span></div>',
                "sharepoint": f'<div class="news-list-item"><a class="news-title" href="{h}">{t}</a><span class="news-date">{d}</span></div>',
                "liferay": f'<div class="asset-abstract"><h3 class="asset-title"><a href="{h}">{t}</a></h3><span class="asset-date">{d}</span></div>',
                "nukeviet": f'<div class="news-item"><h3><a href="{h}">{t}</a></h3><span class="news-time">{d}</span></div>',
                "drupal": f'<div class="views-row"><span class="views-field-title"><a href="{h}">{t}</a></span><span class="views-field-created">{d}</span></div>',
                "wordpress": f'<article class="post"><h2 class="entry-title"><a href="{h}">{t}</a></h2><time class="entry-date">{d}</time></article>',
            }[f])
        wrap = {"numeric_path": "news-list", "sharepoint": "news-list", "liferay": "asset-publisher",
                "nukeviet": "news_column news-list", "drupal": "view-content", "wordpress": "post-list"}[f]
        return ('<!DOCTYPE html>\n<html lang="vi"><head><meta charset="utf-8"><title>Cải cách hành chính - '
                f'{e(site.name)}</title></head><body><h1 class="category">Cải cách hành chính</h1>'
                f'<div class="{wrap}">\n' + "\n".join(items) + "\n</div></body></html>\n")

    # --------------------------------------------------------------- outputs
    def write_snapshot(self, out: Path, pages_per_host: int) -> dict[str, list[Page]]:
        """A replay-server snapshot: per host robots.txt, one listing page, ``pages_per_host`` articles."""
        out = Path(out)
        by_site: dict[str, list[Page]] = {s.host: [] for s in self.sites}
        for i in range(pages_per_host * len(self.sites)):
            p = self.page(i)
            by_site[p.site.host].append(p)
        for site in self.sites:
            d = out / site.host
            (d / "articles").mkdir(parents=True, exist_ok=True)
            routes: dict[str, dict] = {}

            def put(target: str, rel: str, data: bytes, ctype: str = "text/html; charset=utf-8") -> None:
                (d / rel).write_bytes(data)
                routes[target] = {"file": rel, "content_type": ctype, "last_modified": LAST_MODIFIED}

            # No Crawl-delay line: the registry's crawl_delay_s sets D (robots' field is integral).
            put("/robots.txt", "robots.txt", b"User-agent: *\nDisallow: /admin/\nDisallow: /tim-kiem\n",
                "text/plain; charset=utf-8")
            put(site.listing_path, "listing.html", self._listing(site, by_site[site.host]).encode("utf-8"))
            for k, p in enumerate(by_site[site.host]):
                put(p.path, f"articles/{k:05d}.html", p.body_bytes)
            (d / "_routes.json").write_text(json.dumps({"host": site.host, "routes": routes}, ensure_ascii=False),
                                            encoding="utf-8")
        return by_site

    def registry_yaml(self, crawl_delay_s: float = 0.2) -> str:
        """A source registry (sources.yml format) for the synthetic hosts."""
        import yaml

        sources = [{
            "id": s.source_id, "name": s.name, "province": s.province, "kind": s.kind,
            "base_url": f"https://{s.host}/", "allowed_hosts": [s.host], "cms": s.family,
            "listings": [{"url": f"https://{s.host}{s.listing_path}", "pagination": {"max_pages": 1}}],
            "crawl_delay_s": crawl_delay_s, "notes": "synthetic benchmark site",
        } for s in self.sites]
        return yaml.safe_dump({"version": 1, "defaults": {"crawl_delay_s": crawl_delay_s, "max_pages": 1},
                               "sources": sources}, allow_unicode=True, sort_keys=False)

    def write_registry(self, path: Path, crawl_delay_s: float = 0.2) -> Path:
        path = Path(path)
        path.write_text(self.registry_yaml(crawl_delay_s), encoding="utf-8")
        return path


def project(fact: dict[str, Any], keys) -> tuple:
    """A fact reduced to ``keys`` (floats rounded) for comparison with a known fact."""
    out = []
    for k in keys:
        v = fact.get(k)
        out.append(round(float(v), 4) if isinstance(v, float) else v)
    return tuple(out)


def facts_match(known: list[dict[str, Any]], extracted: list[dict[str, Any]]) -> bool:
    """True when the extracted facts are exactly the known ones (compared on the known fields)."""
    if len(known) != len(extracted):
        return False
    remaining = list(extracted)
    for k in known:
        keys = sorted(k)
        want = project(k, keys)
        hit = next((x for x in remaining if project(x, keys) == want), None)
        if hit is None:
            return False
        remaining.remove(hit)
    return True
