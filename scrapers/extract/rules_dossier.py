"""Dossier statistics: administrative-procedure dossiers received and resolved.

One fact per sentence and scope ("toàn tỉnh", "cấp huyện", a named body) that
states at least one figure: dossiers received, resolved, the early / on-time /
late shares, online dossiers. Dossiers "đang giải quyết" (in process) are not
resolved ones; shares of dossiers due ("đến hạn") are not shares of dossiers
received; "đúng hạn và trước hạn" together is neither share alone; citizen-ID
and health-insurance "hồ sơ" are not administrative-procedure dossiers.
"""
from __future__ import annotations

import re
from typing import Any

from .document import Document
from .gazetteer import CENTRAL_CITIES
from .numbers import NUM, NUM_U, parse_quantity
from .sentences import Sentence
from .subjects import NATIONAL_RE, PAST_RE, TARGET_RE

_HS = r"(?:ho so|hs)"


#: "(dịch vụ công trực tuyến) mức độ 3, 4": the levels of online service before 2022
_LEVELS = r" muc do [34](?:,? (?:va )?4)?"


#: "trong tháng", "11 tháng", "trong quý": a period named inside the phrase, before its figure
_IN_PERIOD = (r"(?: (?:trong (?:ky|nam)|trong (?:thang|quy)(?: \d{1,2}(?!\d)| [iv]{1,3})?(?:/(?:19|20)\d\d)?"
              r"|(?:trong )?\d{1,2} thang(?: dau nam(?: (?:19|20)\d\d)?)?))?")
#: a share after a count: ", chiếm 60,04%", " (67,56%)"
_SHARE_AFTER = r"(?:,? \(?(?:chiem|dat|bang|tuong duong)(?: ty le)?\s?|\s?\()"
#: a count is not a number of months or years ("trực tuyến 11 tháng đạt 43,8%")
_NOT_TIME = r"(?!\s(?:thang|nam|quy)(?![a-z]))"


def _pct_tail(g: str) -> str:
    return r"(?:\s?(?:chi )?(?:la|dat|chiem(?: ty le)?|dat ty le|ty le|voi|:)|\s?(?:chi con|chi|con))?\s?(?P<" + g + ">" + NUM_U + r")\s?%"


def _count_re(g: str) -> str:
    return r"(?P<" + g + ">" + NUM + r")(?: (?P<" + g + r"_u>trieu|nghin|ngan))?"


_DOSSIER_RE = re.compile(
    r"(?<![a-z])(?:"
    r"(?P<rcv>tiep nhan(?: moi)?(?: (?:tong so|tong cong|duoc|la|:|tren he thong))*\s?" + _count_re("rn")
    + r" " + _HS + r"(?! (?:nop |tiep nhan )?(?:truc tuyen|qua (?:moi truong )?mang|qua dich vu cong)))"
    r"|(?P<onl2>(?P<on2_a>" + NUM + r") " + _HS + r" (?:nop |tiep nhan )?truc tuyen(?: toan trinh| mot phan)?"
    r" (?:tren|trong) (?:tong so )?(?P<on2_b>" + NUM + r")(?: " + _HS + r"(?P<on2_rcv> (?:da |duoc )?tiep nhan)?)?"
    r"(?:[^;.%]{0,25}?(?:chiem|dat|ty le)\s?(?P<on2_p>" + NUM_U + r")\s?%)?)"
    r"|(?P<rcv2>(?:tong so )?" + _HS + r"(?: tthc)? (?:da )?(?:duoc )?tiep nhan(?: moi)?(?: tren dia ban(?: tinh)?)?"
    r"(?: trong (?:ky|thang|quy|nam|\d{1,2} thang(?: dau nam)?))?(?: (?:la|(?:chi )?dat)|\s?:)?\s?" + _count_re("rn2") + r")"
    r"|(?P<res>(?<!dang )(?<!chua )(?<!can )(?<!phai )(?:giai quyet(?: xong)?|xu ly xong|(?<=ho so )da co ket qua)(?: (?:duoc|la|dung va truoc han|tong so)|\s?:)?\s?"
    + _count_re("sn") + r"(?![.,]?\d|\s?%)(?: " + _HS + r")?)"
    r"|(?P<early>(?<!dung han va )(?<!dung hen va )(?<!dung va )truoc han(?! va)" + _pct_tail("ep") + r")"
    r"|(?P<early_n>truoc han (?:la |: ?)?(?:" + NUM + r") " + _HS + r",?\s?\(?" + _pct_tail("ep2") + r")"
    r"|(?P<ontime>(?<!truoc va )(?<!truoc han va )dung (?:han|hen)(?! va)" + _pct_tail("op") + r")"
    r"|(?P<ontime_n>(?<!truoc va )(?<!truoc han va )dung (?:han|hen) (?:la |: ?)?(?:" + NUM + r") " + _HS + r",?\s?\(?"
    + _pct_tail("op2") + r")"
    r"|(?P<late>(?:qua han|tre han|tre hen|cham tien do|tre)(?: tren tong so " + _HS + r" (?:da )?giai quyet)?"
    r"(?: cua (?:toan tinh|tinh|thanh pho))?"
    + _pct_tail("lp") + r")"
    r"|(?P<late_n>(?:qua han|tre han|tre hen) (?:la |: ?)?(?:" + NUM + r") " + _HS + r",?\s?\(?" + _pct_tail("lp2") + r")"
    r"|(?P<onl>(?P<on_a>" + NUM + r") ?/ ?(?P<on_b>" + NUM + r") " + _HS
    + r"(?P<on_w> (?:duoc )?(?:nop |tiep nhan |giai quyet )?truc tuyen)?"
    r"(?:[^;.%]{0,25}?(?:chiem|dat|ty le)\s?(?P<on_p>" + NUM_U + r")\s?%)?)"
    r"|(?P<onp>(?<!chua )(?:ty le )?" + _HS + r"(?: tthc)?(?: duoc)? (?:nop |tiep nhan |xu ly |giai quyet )?truc tuyen"
    r"(?: toan trinh|" + _LEVELS + r")?"
    r"(?: (?:cua (?:tinh|thanh pho|toan tinh)|tren dia ban(?: tinh)?|(?:tren )?toan tinh|tai trung tam|o cap (?:tinh|huyen|xa)))?"
    + _IN_PERIOD
    + _pct_tail("onp_p") + r")"
    r"|(?P<onp2>(?<!chua )ty le (?:nop |tiep nhan )?(?:" + _HS + r" )?truc tuyen(?: toan trinh)?" + _IN_PERIOD
    # "Tỷ lệ hồ sơ trực tuyến 6 tháng đầu năm 2023 của tỉnh đạt 24,6%"
    + r"(?: cua (?:tinh|thanh pho|toan tinh))?" + _pct_tail("onp2_p") + r")"
    r"|(?P<onn>(?<!chua )(?:" + _HS + r" (?:nop |tiep nhan )?|(?<![a-z])(?:tiep nhan|nop) )"
    r"(?:truc tuyen|qua (?:moi truong )?mang|qua dich vu cong(?: truc tuyen)?)(?: tren (?:toan tinh|dia ban(?: tinh)?))?"
    r"(?: toan trinh|" + _LEVELS + r")?" + _IN_PERIOD
    # "... trực tuyến mức độ 3, 4 còn khiêm tốn, chỉ có 4.126 hồ sơ": a judgement before the count
    + r"(?: (?:(?:van |hay |rat )?con|van|rat) (?:khiem ton|thap|han che|it|chua cao)(?: lam)?,?)?"
    r"(?:\s?(?:la|dat|:|chi(?: co| dat| la)?))?\s?(?<!thang )(?<!quy )" + _count_re("onn_n")
    + r"(?![.,]?\d|\s?%|\s?/)" + _NOT_TIME + r"(?: " + _HS + r")?"
    r"(?![^.;]{0,12}(?:moi|/)\s?(?:ngay|tuan))"
    # "13.402 hồ sơ (toàn trình 7.118 hồ sơ, một phần 6.284 hồ sơ), đạt 53,89%": an aside of counts
    r"(?:\s?\([^()%]{0,80}\)(?=,? (?:chiem|dat|bang|tuong duong)))?"
    r"(?:" + _SHARE_AFTER + r"(?P<onn_p>" + NUM_U + r")\s?%)?)"
    r"|(?P<onn3>(?:(?<=\()|(?<=trong do )|(?<=trong do, ))(?:" + _HS + r" )?(?:nop )?truc tuyen(?: toan trinh)?"
    r"\s?(?::|la)?\s?(?P<onn3_n>" + NUM + r")(?![.,]?\d|\s?%|\s?/)" + _NOT_TIME + r"(?: " + _HS + r")?"
    r"(?:" + _SHARE_AFTER + r"(?P<onn3_p>" + NUM_U + r")\s?%)?)"
    r"|(?P<onn2>" + _count_re("onn2_n") + r" " + _HS + r" (?:(?:duoc )?nop |(?:duoc )?tiep nhan )?"
    r"(?:truc tuyen|qua (?:moi truong )?mang|qua dich vu cong(?: truc tuyen)?)"
    r"(?! (?:tren|trong)(?: tong so)? \d)(?: toan trinh|" + _LEVELS + r")?"
    r"(?:" + _SHARE_AFTER + r"(?P<onn2_p>" + NUM_U + r")\s?%)?)"
    # "ghi nhận 96.915 hồ sơ được tiếp nhận mới"
    r"|(?P<rcv3>(?P<rn3>" + NUM + r") " + _HS + r" (?:da )?duoc tiep nhan(?: moi)?(?! (?:truc tuyen|qua)))"
    # "hệ thống ghi nhận 846.390 hồ sơ tiếp nhận": a record of dossiers received, the count first
    r"|(?P<rcv4>(?<=ghi nhan )(?P<rn4>" + NUM + r") " + _HS + r" (?:moi )?tiep nhan(?: moi)?(?![a-z])(?! (?:truc tuyen|qua)))"
    r")"
)
_DIGIT = re.compile(r"\d")
_KEYWORDS = re.compile(r"(?<![a-z])(?:ho so|hs|tthc|thu tuc hanh chinh)(?![a-z])")
_EXCLUDE = re.compile(r"can cuoc|cccd|dinh danh|bao hiem y te|bhyt|cap moi|ho so cong viec|ho so giay"
                      r"|ho so dien tu")
#: online payment and digitisation shares: their clause says nothing about dossiers received
_OTHER_SHARE = re.compile(r"thanh toan truc tuyen|so hoa")
#: "So với năm 2023 (tiếp nhận 0,94 triệu hồ sơ)": last period's figure in an aside
#: a figure right after a level ("cấp huyện 41,7%", "cấp xã 648.550 hồ sơ"): of the kind last read
_BARE = re.compile(r"\s?(?:(?:dat|la)\s?)?:?\s?(?P<n>" + NUM + r")(?![.,]?\d)(?:\s?(?P<pct>%)| " + _HS + r"(?![a-z]))")
#: "Cổng Dịch vụ công quốc gia đã tiếp nhận 4,2 triệu hồ sơ": the national portal's own count
_NATIONAL_PORTAL = re.compile(r"cong dich vu cong quoc gia(?: (?:da|cung))? (?:tiep nhan|ghi nhan|xu ly)")
#: "Cùng kỳ năm 2020, toàn tỉnh tiếp nhận 276,1 nghìn hồ sơ": last year's figure, fronted
_SAME_PERIOD_LAST = re.compile(r"(?<!so voi )(?<![a-z])cung ky(?: nam (?:19|20)\d\d| nam truoc| nam ngoai)?,")
_COMPARED_ASIDE = re.compile(r"(?:so voi(?: cung ky)?|cung ky) (?:nam|thang|quy|ky|\d)[^();]{0,30}\([^()]*$")
_ONLINE = re.compile(r"truc tuyen|dich vu cong|qua (?:moi truong )?mang")
_DUE = re.compile(r"den han")
_SCOPE_RE = re.compile(r"(?<![a-z])(?:toan tinh|cap tinh|cap huyen|cap xa|trung tam phuc vu hanh chinh cong"
                       r"(?: tinh)?|bo phan (?:mot cua|tiep nhan va tra ket qua)(?: cac cap)?)(?![a-z])")


#: "Tại huyện Sơn Dương, ...", "Riêng huyện Đăk Hà tiếp nhận ...", "Phường Bạc Liêu dẫn đầu ...": a named
#: district's, ward's or commune's own figures
_DISTRICT_LEAD = re.compile(r"\s*(?:[-+*\u2022]\s*)?(?:(?:tai|rieng|o|doi voi) )?(?:cap (?:huyen|xa),? )?"
                            r"(?:huyen|thi xa|quan|thi tran|xa|phuong|dac khu) (?=\w)")  # "Đặc khu Phú Quý" (2025)


#: a clause whose subject is a named district, city, ward or department: "Kết quả ở cấp huyện: TP.
#: Vĩnh Yên tiếp nhận 41.306 hồ sơ, ...; huyện Lập Thạch có tỷ lệ trễ hạn cao nhất"
_UNIT_CLAUSE = re.compile(r"\s*(?:(?:tai|rieng|o|doi voi|con|trong do) )?(?:cap (?:huyen|xa),? )?(?P<k>tp\.?|thanh pho|huyen|thi xa|quan|thi tran|xa"
                          r"|phuong|dac khu|so|ban quan ly|chi cuc) (?=\w)")
_MARKED_UNIT_CLAUSE = re.compile(r"(?:rieng|con|trong do|doi voi) (?P<k>tp\.?|thanh pho|huyen|thi xa|quan|thi tran|xa"
                                 r"|phuong|dac khu|so|ban quan ly|chi cuc) (?=\w)")
#: what a department that only reports on the province says ("Sở Nội vụ cho biết, ...")
_REPORTS = re.compile(r"(?<![a-z])(?:cho biet|bao cao|thong tin|toan tinh|cua tinh|ca tinh|tren dia ban tinh)(?![a-z])")


def _unit_clause(doc: Document, sent: Sentence, a: int) -> bool:
    """Whether the figure at ``a`` is in a clause led by a named unit below the province."""
    f = doc.folded
    start = max(f.rfind(";", sent.start, a), f.rfind(":", sent.start, a), sent.start - 1) + 1
    m = _UNIT_CLAUSE.match(f, start, a)
    if m is None:
        # "..., riêng huyện Long Thành có tỷ lệ trễ hạn 6,4%": a comma clause set apart by its marker
        comma = f.rfind(", ", start, a)
        m = _MARKED_UNIT_CLAUSE.match(f, comma + 2, a) if comma >= 0 else None
    if m is None or not doc.nfc[m.end():m.end() + 1].isupper() or _REPORTS.search(f, m.end(), a):
        return False
    # "TP. Hồ Chí Minh", "Thành phố Đà Nẵng": a province, not a city below one; "TP. Thanh Hóa"
    # is the provincial city, below the province of the same name
    provs = doc.provinces_in(m.start(), m.end() + 2)
    return not provs or (m.group("k").startswith(("tp", "thanh pho")) and provs[0].name not in CENTRAL_CITIES
                         and provs[0].name != "Thừa Thiên Huế")


def _about_named_district(doc: Document, sent: Sentence) -> bool:
    m = _DISTRICT_LEAD.match(doc.folded, sent.start, sent.end)
    return m is not None and doc.nfc[m.end():m.end() + 1].isupper()


#: "Về tỷ lệ hồ sơ nộp trực tuyến trong tháng 8/2024, Bình Dương đạt 93,4%, trong khi Hà Giang
#: chỉ đạt 21,7%": the share named once as the topic, then provinces each with their own
_ONLINE_TOPIC = re.compile(r"\s*(?:ve|rieng|xet ve) ty le (?:" + _HS + r" )?(?:nop |tiep nhan |giai quyet )?truc tuyen"
                           r"(?: toan trinh)?[^,;.%\d]{0,12}(?:(?: trong)? (?:thang|quy) [\divx/]+)?,\s")
_PROVINCE_PCT = re.compile(r",?\s*(?:(?:chi|cung|van|da) )?(?:dat|la|voi)\s?(?P<v>" + NUM_U + r")\s?%")


def extract_dossier_stats(doc: Document) -> list[dict[str, Any]]:
    """Dossier-statistics facts, at most one per sentence and scope."""
    out: list[dict[str, Any]] = []
    keyed = doc.sentences_with("ho so", "hs", "tthc", "thu tuc hanh chinh")
    # "Như vậy, tỷ lệ giải quyết trước hạn đạt 68,83%, đúng hạn 30,29%": the shares of the
    # dossiers the sentences (or the table) just before counted, without naming them again
    seen = set(keyed)
    following = [i for i in doc.sentences_with("truoc han", "dung han", "tre han", "qua han")
                 if i not in seen and _after_dossiers(doc, i)]
    online_seen: set[tuple[int, Any, Any]] = set()
    for i in sorted(keyed + following):
        sent = doc.sentences[i]
        if doc.is_english(sent) or doc.is_question(sent):
            continue  # read by the English rules; a question's figures are not results
        topic = _ONLINE_TOPIC.match(doc.folded, sent.start, sent.end)
        shares = _topic_shares(doc, sent, topic.end()) if topic else []
        facts = shares or _sentence(doc, sent, keyed=i in seen)
        if not shares:
            facts += _compared_shares(doc, sent, {f["province"] for f in facts})
        out.extend(_drop_full_online(facts, sent.paragraph, online_seen))
    return out


def _drop_full_online(facts: list[dict[str, Any]], paragraph: int,
                      seen: set[tuple[int, Any, Any]]) -> list[dict[str, Any]]:
    """Drop "toàn trình" figures given after the online figure of the same dossiers.

    Dossiers processed online end to end ("trực tuyến toàn trình") are a part of the online
    dossiers: when the paragraph has already given the online count or share ("tiếp nhận trực
    tuyến 12.757 hồ sơ. Trong số hồ sơ trực tuyến, có 6.430 hồ sơ trực tuyến toàn trình"), the
    part is not the online figure. Alone, it is the online figure the page gives.
    """
    kept = []
    for rec in facts:
        key = (paragraph, rec["province"], rec["period"])
        if rec.pop("_full_online", None) and key in seen:
            rec["online"] = rec["online_pct"] = rec["online_total"] = None
            if all(rec[k] is None for k in _SLOTS):
                continue
        elif rec["online"] is not None or rec["online_pct"] is not None:
            seen.add(key)
        kept.append(rec)
    return kept


_SLOTS = ("received", "resolved", "early_pct", "on_time_pct", "late_pct", "online", "online_total", "online_pct")


#: what else is resolved early or on time: petitions, complaints, cases
_OTHER_MATTERS = re.compile(r"(?<![a-z])(?:don thu|khieu nai|to cao|kien nghi|phan anh|vu viec|vu an|cong van"
                            r"|van ban)(?![a-z])")


def _after_dossiers(doc: Document, i: int) -> bool:
    """Whether sentence ``i`` states dossier shares after sentences about dossiers: it names a
    share resolved early, on time or late, no other matter, and the text just before it (the
    sentences or the table's header) names dossiers."""
    f, sent = doc.folded, doc.sentences[i]
    chunk = f[sent.start:sent.end]
    if not re.search(r"ty le (?:giai quyet |xu ly )?(?:truoc|dung|tre|qua) han", chunk) or _OTHER_MATTERS.search(chunk):
        return False
    before = f[max(0, sent.start - 400):sent.start]
    return bool(_KEYWORDS.search(before) or "tiep nhan" in before)


#: the online share named, and any other share that would take its place as what is compared
_ONLINE_SHARE = re.compile(r"(?<![a-z])(?:ty le (?:" + _HS + r" )?|" + _HS + r" )(?:nop |tiep nhan |giai quyet )?truc tuyen")
_OTHER_SHARE_NAMED = re.compile(r"(?<![a-z])(?:ty le|so hoa|thanh toan|dung han|tre han|truoc han|qua han"
                                r"|hai long|giai ngan)(?![a-z])")
#: a named province's own share after the share was named: "Quảng Ninh dẫn đầu với 88,4%",
#: "tiếp theo là Bắc Giang (84,7%)", "thấp hơn TP. Hồ Chí Minh (38,7%)"
_NAMED_SHARE = re.compile(r"\s*(?:\((?P<p>" + NUM_U + r")\s?%\)|(?:dan dau|dung dau|cao nhat)(?: ca nuoc)?"
                          r",? (?:voi|dat) (?P<l>" + NUM_U + r")\s?%)")


def _compared_shares(doc: Document, sent: Sentence, named: set[str | None]) -> list[dict[str, Any]]:
    """The online shares of other provinces a sentence about the online share names with theirs.

    National reports rank the provinces' online shares ("Quảng Ninh dẫn đầu với 88,4%, tiếp
    theo là Bắc Giang (84,7%) và Đồng Tháp (81,3%)") and provincial papers compare theirs with
    a neighbour's ("thấp hơn TP. Hồ Chí Minh (38,7%)"): each named province's figure is its own.
    Only provinces the sentence gave no figure of its own are read, and only when the online
    share is the last share named before them.
    """
    f = doc.folded
    out = []
    for p in doc.provinces_in(sent.start, sent.end):
        if p.name in named:
            continue
        m = _NAMED_SHARE.match(f, p.end, sent.end)
        if m is None:
            continue
        shares = [x for x in _OTHER_SHARE_NAMED.finditer(f, sent.start, p.start)]
        online = [x for x in _ONLINE_SHARE.finditer(f, sent.start, p.start)]
        if not online or (shares and shares[-1].start() > online[-1].start()) \
                or TARGET_RE.search(f, sent.start, p.start) or _SAME_PERIOD_LAST.search(f, sent.start, p.start):
            continue  # another share, a target, last year's
        value = _pct(doc, m.group("p") or m.group("l"))
        if value is None:
            continue
        rec: dict[str, Any] = {"kind": "dossier_stats", "province": p.name, "period": doc.period_before(p.start, sent),
                               "scope": "toàn tỉnh"}
        for k in _SLOTS:
            rec[k] = None
        rec["online_pct"] = value
        rec["evidence"] = doc.evidence(p.start, m.end())
        out.append(rec)
    return out


def _topic_shares(doc: Document, sent: Sentence, pos: int) -> list[dict[str, Any]]:
    """Each province's online share after the share was named as the sentence's topic."""
    out = []
    for p in doc.provinces_in(pos, sent.end):
        m = _PROVINCE_PCT.match(doc.folded, p.end, sent.end)
        value = _pct(doc, m.group("v")) if m else None
        if m is None or value is None or _blocked(doc, sent, p.start, m.end()):
            continue
        rec: dict[str, Any] = {"kind": "dossier_stats", "province": p.name, "period": doc.period_before(pos, sent),
                               "scope": "toàn tỉnh"}
        for k in ("received", "resolved", "early_pct", "on_time_pct", "late_pct", "online", "online_total"):
            rec[k] = None
        rec["online_pct"] = value
        rec["evidence"] = doc.evidence(p.start, m.end())
        out.append(rec)
    return out


def _sentence(doc: Document, sent: Sentence, keyed: bool = True) -> list[dict[str, Any]]:
    """The sentence's dossier facts; ``keyed`` False for one that continues the sentences before
    it without naming dossiers again."""
    f = doc.folded
    chunk = f[sent.start:sent.end]
    if not _DIGIT.search(chunk) or (keyed and not _KEYWORDS.search(chunk)) or _EXCLUDE.search(chunk) \
            or _about_named_district(doc, sent):
        return []  # every figure has a digit: sentences without one are skipped first, cheaply
    events: list[tuple[int, int, str, Any]] = []
    for m in _SCOPE_RE.finditer(chunk):
        events.append((sent.start + m.start(), sent.start + m.end(), "scope", m))
    for m in _DOSSIER_RE.finditer(chunk):
        events.append((sent.start + m.start(), sent.start + m.end(), "val", m))
    events.sort(key=lambda e: e[0])
    # one fact per scope and period: "trong tháng 10 là 21.584/40.217 hồ sơ; lũy kế 10 tháng,
    # toàn tỉnh tiếp nhận 372.905 hồ sơ" states a month's figure and the ten months' figure
    # and province: "tỉnh Long An tiếp nhận 612.340 hồ sơ ...; tỉnh Tây Ninh (cũ) tiếp nhận 298.115 hồ sơ"
    facts: dict[tuple[str, str | None, str | None], dict[str, Any]] = {}
    spans: dict[tuple[str, str | None, str | None], list[int]] = {}

    def add(scope: str, slots: dict[str, Any], a: int, b: int) -> None:
        # the period up to the figure's end: "hồ sơ tiếp nhận trong 9 tháng đầu năm là ..." states
        # its period inside the phrase
        key = (scope, doc.period_before(b, sent), doc.subject_province(sent.start, a))
        fact = facts.setdefault(key, {})
        added = False
        for k, v in slots.items():
            if k not in fact:
                fact[k] = v
                added = True
        if added:
            span = spans.setdefault(key, [a, b])
            span[0], span[1] = min(span[0], a), max(span[1], b)

    scope = "toàn tỉnh"
    #: the last share and count read: "Tỷ lệ hồ sơ trực tuyến ở cấp tỉnh đạt 82,4%, cấp huyện 41,7%"
    #: gives the district level a share of the same kind
    last: dict[bool, str] = {}
    for a, b, kind, m in events:
        if kind == "scope":
            scope = "toàn tỉnh" if m.group() in ("toan tinh",) else doc.nfc[a:b]
            bare = _BARE.match(f, b, sent.end)
            if bare and last.get(bool(bare.group("pct"))) and not _blocked(doc, sent, a, b):
                value = _pct(doc, bare.group("n")) if bare.group("pct") else doc.number(bare.group("n"), integer=True)
                if value is not None:
                    add(scope, {last[bool(bare.group("pct"))]: value}, a, bare.end())
            continue
        if _blocked(doc, sent, a, b) or _unit_clause(doc, sent, a):
            continue
        if f[a:a + 1].isdigit() and _APPROX_BEFORE.search(f, max(sent.start, a - 12), a):
            continue  # "Trên 1 triệu hồ sơ được nộp trực tuyến": a round figure, not the count
        inner = _SCOPE_RE.search(f, a, b)
        if inner:  # "Tỷ lệ hồ sơ trực tuyến ở cấp tỉnh đạt 82,4%"
            scope = "toàn tỉnh" if inner.group() == "toan tinh" else doc.nfc[inner.start():inner.end()]
        slots = _slots(doc, m, f[sent.start:a])
        if not slots:
            continue
        if "toan trinh" in m.group() and ("online" in slots or "online_pct" in slots):
            slots["_full_online"] = True  # (see _drop_full_online)
        add(scope, slots, a, b)
        for k in slots:
            if k != "online_total":
                last[k.endswith("_pct")] = k
    out = []
    for (sc, period, province), slots in facts.items():
        a, b = spans[(sc, period, province)]
        if b < sent.end and doc.nfc[b:b + 1] == ")" and doc.nfc.count("(", a, b) > doc.nfc.count(")", a, b):
            b += 1
        rec: dict[str, Any] = {"kind": "dossier_stats", "province": province,
                               "period": period, "scope": sc}
        for k in ("received", "resolved", "early_pct", "on_time_pct", "late_pct", "online", "online_total",
                  "online_pct", "_full_online"):
            rec[k] = slots.get(k)
        rec["evidence"] = doc.evidence(a, b)
        out.append(rec)
    return out


#: an approximation right before a count that opens its phrase
_APPROX_BEFORE = re.compile(r"(?<![a-z])(?:tren|hon|gan|khoang|xap xi|chung)\s+$")
_AT_LEAST_AFTER = re.compile(r"\s*(?:tro len|tro xuong)(?![a-z])")


def _blocked(doc: Document, sent: Sentence, a: int, b: int) -> bool:
    """Whether a figure at ``[a, b)`` is not the province's own for the period: a payment or
    digitisation share, last period's figure in an aside, the national portal's count, a
    target, a national figure, a district's figure on a district's portal."""
    f = doc.folded
    clause_start = max(f.rfind(";", sent.start, a) + 1, sent.start)
    before = f[clause_start:a]
    clause_end = f.find(";", b, sent.end)
    clause_end = sent.end if clause_end < 0 else clause_end
    # the payment or digitisation share named before the figure, or after it before the next
    # comma ("đạt 24,6%, tỷ lệ thanh toán trực tuyến đạt 5,67%": the first share is the online one)
    comma = f.find(", ", b, clause_end)
    if _OTHER_SHARE.search(f, clause_start, clause_end if comma < 0 else comma) \
            or _COMPARED_ASIDE.search(before) or _NATIONAL_PORTAL.search(before) or _SAME_PERIOD_LAST.search(before):
        return True
    if _AT_LEAST_AFTER.match(f, b):
        return True  # "tỷ lệ hồ sơ trực tuyến toàn trình đạt 60% trở lên": a threshold, not a figure
    if TARGET_RE.search(before) or NATIONAL_RE.search(f[sent.start:a]) \
            or (TARGET_RE.search(f, sent.start, clause_start) and not PAST_RE.search(before)):
        # a target named in an earlier clause goes on ("phấn đấu ...; tỷ lệ hồ sơ trực tuyến
        # đạt 80%") unless this clause reports ("đã")
        return True
    return doc.about_district(sent.start, a)  # "Bộ phận Một cửa huyện tiếp nhận ..." on a district's portal


def _pct(doc: Document, token: str | None) -> float | int | None:
    if token is None:
        return None
    v = doc.number(token)
    return v if 0 <= v <= 100 else None


def _count(doc: Document, m: re.Match[str], g: str) -> int | float | None:
    tok = m.group(g)
    return parse_quantity(tok, m.group(g + "_u"), doc.convention) if tok else None


def _slots(doc: Document, m: re.Match[str], before: str) -> dict[str, Any]:
    g = m.lastgroup
    due = bool(_DUE.search(before[-80:]))
    out: dict[str, Any] = {}
    if g == "rcv":
        out["received"] = _count(doc, m, "rn")
    elif g == "rcv2":
        out["received"] = _count(doc, m, "rn2")
    elif g in ("rcv3", "rcv4"):
        out["received"] = doc.number(m.group("rn3") or m.group("rn4"), integer=True)
    elif g == "res":
        out["resolved"] = _count(doc, m, "sn")
    elif g in ("early", "early_n") and not due:
        out["early_pct"] = _pct(doc, m.group("ep") or m.group("ep2"))
    elif g in ("ontime", "ontime_n") and not due:
        out["on_time_pct"] = _pct(doc, m.group("op") or m.group("op2"))
    elif g in ("late", "late_n") and (not due or "tren tong so" in m.group()):
        # ("tỷ lệ trễ hạn trên tổng số hồ sơ đã giải quyết là 0,61%" says what it is a share of)
        out["late_pct"] = _pct(doc, m.group("lp") or m.group("lp2"))
    elif g == "onl" and (m.group("on_w") or _ONLINE.search(before[-250:])):
        a = doc.number(m.group("on_a"), integer=True)
        b = doc.number(m.group("on_b"), integer=True)
        if a <= b:
            out["online"], out["online_total"] = a, b
            if m.group("on_p"):
                out["online_pct"] = _pct(doc, m.group("on_p"))
    elif g == "onl2":
        a = doc.number(m.group("on2_a"), integer=True)
        b = doc.number(m.group("on2_b"), integer=True)
        if a <= b:
            out["online"], out["online_total"] = a, b
            if m.group("on2_rcv"):  # "trên tổng số 201.730 hồ sơ tiếp nhận": the total is the dossiers received
                out["received"] = b
            if m.group("on2_p"):
                out["online_pct"] = _pct(doc, m.group("on2_p"))
    elif g in ("onp", "onp2"):
        out["online_pct"] = _pct(doc, m.group(g + "_p"))
    elif g == "onn":
        out["online"] = _count(doc, m, "onn_n")
        if m.group("onn_p"):
            out["online_pct"] = _pct(doc, m.group("onn_p"))
    elif g == "onn2":
        out["online"] = _count(doc, m, "onn2_n")
        if m.group("onn2_p"):
            out["online_pct"] = _pct(doc, m.group("onn2_p"))
    elif g == "onn3":
        out["online"] = doc.number(m.group(g + "_n"), integer=True)
        if m.group(g + "_p"):
            out["online_pct"] = _pct(doc, m.group(g + "_p"))
    return {k: v for k, v in out.items() if v is not None}
