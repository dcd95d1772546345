"""Facts stated in English: the English editions of provincial papers and national sites.

Some provincial papers publish an English edition (en.baotuyenquang.com.vn,
baonghean.vn/en/) and national sites English pages. They state the same results in
another grammar: "Nghe An's PAR Index for 2022 reached 86.75%, ranking 16th out of 63
provinces and cities, up 9 places compared to 2021", "completed 41 of the 46 tasks",
"received 1,652,340 dossiers, of which 512,905 were submitted online". The Vietnamese
rules read none of these verbs, so a sentence is read here only when it is written in
English (several English function words, almost no Vietnamese letters), and the two rule
sets never read the same sentence.

What is read, per sentence: index results (the index named in the sentence or the one
before, its year, the province named before the figure or "the province" for the host
site's), reform-plan tasks, and a province's dossier counts. What is refused, as in
Vietnamese: targets ("aims to", "by 2025"), averages and medians, provinces named only as
a comparison ("higher than Ha Tinh").
"""
from __future__ import annotations

import re
from dataclasses import dataclass, field
from typing import Any

from .document import Document
from .indices import BLOCKED, SCORE_RANGE
from .sentences import Sentence

#: English index names, folded (the acronyms are found by the shared index patterns too)
_EN_INDEX = [
    ("PAR_INDEX", r"public administration reform index|par index"),
    ("SIPAS", r"satisfaction index of public administrative services|sipas"),
    ("PAPI", r"provincial governance and public administration performance index|papi"),
    ("PCI", r"provincial competitiveness index|pci"),
    ("DTI", r"digital transformation index|dti"),
    ("PGI", r"provincial green index|pgi"),
    ("ICT_INDEX", r"ict index"),
    ("SERVICE_INDEX_766", r"index of serving (?:citizens|people) and businesses"
     # not the UN's "Local Online Service Index" (LOSI) of world cities
     r"|(?<!online )service index(?: for (?:citizens|people) and businesses)?"),
]
_INDEX_RE = re.compile("|".join(f"(?P<i{n}>(?<![a-z]){alt}(?![a-z]))" for n, (_, alt) in enumerate(_EN_INDEX)))
_INDEX_OF = {f"i{n}": name for n, (name, _) in enumerate(_EN_INDEX)}

#: English names of components, by index, to the schema's names
_EN_COMPONENTS: dict[str, list[tuple[str, str]]] = {
    "PAR_INDEX": [
        ("Cải cách thủ tục hành chính", r"administrative procedure reform|reform of administrative procedures"),
        ("Cải cách tài chính công", r"public finance reform|reform of public finance"),
        ("Cải cách chế độ công vụ", r"civil service reform|reform of the civil service"),
        ("Cải cách tổ chức bộ máy hành chính", r"(?:organi[sz]ational|administrative) apparatus reform"),
        ("Cải cách thể chế", r"institutional reform"),
    ],
    "DTI": [("Chính quyền số", r"digital government"), ("Kinh tế số", r"digital economy"),
            ("Xã hội số", r"digital society")],
    "PAPI": [("Tham gia của người dân ở cấp cơ sở", r"participation at local levels?"),
             ("Công khai, minh bạch trong việc ra quyết định ở địa phương", r"transparency in local decision-making"),
             ("Trách nhiệm giải trình với người dân", r"vertical accountability"),
             ("Kiểm soát tham nhũng trong khu vực công", r"control of corruption(?: in the public sector)?"),
             ("Thủ tục hành chính công", r"public administrative procedures"),
             ("Cung ứng dịch vụ công", r"public service delivery"),
             ("Quản trị môi trường", r"environmental governance"),
             ("Quản trị điện tử", r"e-governance")],
    "PCI": [("Tiếp cận đất đai", r"land access|access to land"), ("Tính minh bạch", r"transparency"),
            ("Chi phí thời gian", r"time costs?"), ("Chi phí không chính thức", r"informal charges")],
}
_COMPONENT_RE = {index: re.compile("|".join(f"(?P<c{n}>(?<![a-z]){alt}(?![a-z]))" for n, (_, alt) in enumerate(items)))
                 for index, items in _EN_COMPONENTS.items()}

_NUM = r"\d{1,3}(?:[.,]\d{3})*(?:[.,]\d+)?"
#: ordinals in words, as the English editions write the first places ("ranked fourth", "came second")
_ORD_WORDS = ("first", "second", "third", "fourth", "fifth", "sixth", "seventh", "eighth", "ninth", "tenth")
_ORD_WORD = r"(?P<w>" + "|".join(_ORD_WORDS) + r")(?![a-z-])"
_ORD = r"(?:(?P<r>\d{1,2})(?:st|nd|rd|th)|" + _ORD_WORD + ")"
#: a verb that states a rank, or "to" after a move ("fell 12 notches to 17th", "rose to 13th")
_RANK_VERB = (r"(?:rank(?:ed|ing|s)?|came|placed|stood|finished|took|was"
              r"|(?:rose|climbed|jumped|moved up|fell|dropped|slipped|slid|moved down|advanced|rising|climbing) to"
              r"|(?:(?<=places )|(?<=notches )|(?<=positions )|(?<=spots )|(?<=ranks )|(?<=steps ))to)")
_RANK = re.compile(r"(?<![a-z])" + _RANK_VERB + r"(?: (?:at|in))?(?: the)? " + _ORD
                   + r"(?! (?:iteration|edition|time|times|year|straight|consecutive|annual|round|session|launch)(?![a-z]))"
                   + r"(?: (?:place|position))?(?: out of (?P<of>\d{2})(?!\d))?"
                   r"|(?<![a-z])(?<!had )(?P<lead>topped|ranked first|came first|led the (?:country|nation|ranking|rankings)"
                   # "led the Provincial Green Index (PGI) 2023": led an index named right after
                   r"|led(?= (?:the )?(?:provincial (?:green|competitiveness|governance)|public administration reform|digital transformation"
                   r"|satisfaction index|pci|pgi|papi|dti|sipas|par index|ict index)(?![a-z])))(?![a-z])")
#: a bare ordinal with its ranking's size after a comma
_BARE_RANK = re.compile(r"(?<=, )" + _ORD + r" out of (?P<of>\d{2})(?!\d)")
#: a bare ordinal right after a province ("Tây Ninh, 60th in 2022, climbed to 25th in 2023")
_BARE_ORD = re.compile(r",\s*(?P<r>\d{1,2})(?:st|nd|rd|th) in (?P<y>(?:19|20)\d\d),")
_SCORE = re.compile(r"(?<![a-z])(?:reached|reach|reaching|scored|scoring|achieved|attained|recorded|posted|earned|with|at"
                    r"|score of)(?: a score of)? (?P<v>" + _NUM + r")(?: out of 100)? ?(?P<u>%|percent|per cent|points?)?(?![\d])")
#: a province's score in parentheses after its name ("followed by Hải Phòng City (90.57 per cent)")
_PAREN_SCORE = re.compile(r"\s*(?:(?:city|province)\s*)?\((?P<v>" + _NUM + r") ?(?P<u>%|percent|per cent|points?)?\)")
#: "followed by A (..) and B": the next places after the last rank read
_FOLLOWED = re.compile(r"(?<![a-z])followed by\s+")
_ENUM_SEP = re.compile(r"\s*(?:,\s*(?:and\s+)?|and\s+)")
#: "A and B were fourth and fifth respectively"
_RESPECTIVE = re.compile(r"(?<![a-z])(?:were|ranked|came|placed|finished) " + _ORD.replace("?P<r>", "?P<r1>").replace("?P<w>", "?P<w1>")
                         + r"(?: and " + _ORD.replace("?P<r>", "?P<r2>").replace("?P<w>", "?P<w2>") + r") respectively")
#: a ministry or agency, or the country, as the subject: not a province's figure
_MINISTRY = re.compile(r"(?<![a-z])(?:ministry|ministries|ministerial|state bank|agencies|viet ?nam as a whole"
                       r"|viet ?nam|economies|countries)(?![a-z])")
#: another measure ranked in the same words ("its GRDP growth of 3.1 percent in 2023 ranked 5th"), or
#: an index of districts or departments ("ranked first in the district-level PAR Index")
_OTHER_MEASURE = re.compile(r"(?<![a-z])(?:grdp|gdp|growth|economy|budget|revenue|fdi|exports?|investment capital"
                            r"|district-level|commune-level|department-level|departments|districts|ddci)(?![a-z])")
#: a rank within a region ("led the Mekong Delta", "ranked second in the Southeast region"), or
#: among the world's cities or countries ("42nd among 193 world cities")
_REGIONAL = re.compile(r"(?<![a-z])(?:region|regions|delta|highlands|midlands|asean|in the (?:north|south|centre|center)"
                       r"|among (?:the )?(?:northern|southern|central|mountainous) "
                       r"|world|worldwide|globally|countries)(?![a-z])")
_CHANGE = re.compile(r"(?<![a-z])(?P<dir>up|down|rising|falling|rose|fell|climb(?:ed|s|ing)?|drop(?:ped|s|ping)?"
                     r"|jump(?:ed|s|ing)?|slipp(?:ed|ing)|slips|gain(?:ed|s|ing)?|los(?:t|es|ing))"
                     r" (?:by )?(?P<n>\d{1,2}) (?:places|positions|spots|notches|ranks|steps)(?![a-z])")
_DOWN = re.compile(r"down|fall|fell|drop|slip|los")
#: a change of score: "gaining 2.15 points from 2021", "down 1.2 points"
_SCORE_CHANGE = re.compile(r"(?<![a-z])(?P<dir>gain(?:ed|ing|s)?|add(?:ed|ing)|up|rose|rising|improv(?:ed|ing) by|increas(?:ed|ing) by"
                           r"|down|fell|falling|drop(?:ped|ping)|los(?:t|ing)|decreas(?:ed|ing) by) (?:by )?(?P<n>\d{1,2}[.,]\d{1,2})"
                           r" (?:points|percentage points)(?![a-z])")
_TARGET = re.compile(r"(?<![a-z])(?:aims?|aiming|target(?:s|ed)?|strives?|striving|goal|plans? to|expects? to|will"
                     r"|by (?:19|20)\d\d)(?![a-z])")
_NOT_THE_PROVINCE = re.compile(r"(?<![a-z])(?:average|median|mean)(?![a-z])")
_COMPARED_BEFORE = re.compile(r"(?:than|behind|ahead of|after|compared (?:to|with)|like|such as|over) (?:the )?$")
#: "formed ... from the former provinces of Lao Cai and Yen Bai": the parts a province was merged from
_PART_BEFORE = re.compile(r"(?:former provinces? of|former provinces? of [a-z ]{2,25} and|merger of|merging) $")
_HOST_WORDS = re.compile(r"(?<![a-z])(?:the (?:[a-z]+ )?(?:province|city)(?:'s)?|its|our province)(?![a-z])")
_CLAUSE_CUT = re.compile(r";|,? while |,? whereas |, but ")

_YEAR = re.compile(r"(?<![\d/])(?P<y>(?:19|20)\d\d)(?![\d/])")
_YEAR_NOT_CURRENT = re.compile(r"(?:compared (?:to|with)|from|since|than|vs\.?|versus|by|before|until|over|in) $")
_MONTHS = ("january", "february", "march", "april", "may", "june", "july", "august", "september", "october",
           "november", "december")
_MONTH = re.compile(r"(?<![a-z])(?P<m>" + "|".join(_MONTHS) + r")(?: (?P<y>(?:19|20)\d\d))?(?![a-z])")
_NUMBER_WORDS = {"three": 3, "six": 6, "nine": 9, "ten": 10, "eleven": 11, "two": 2, "four": 4, "five": 5,
                 "seven": 7, "eight": 8}
_FIRST_MONTHS = re.compile(r"(?<![a-z])(?:in )?the first (?P<n>\d{1,2}|" + "|".join(_NUMBER_WORDS)
                           + r") months(?: of (?P<y>(?:19|20)\d\d))?")
_FIRST_HALF = re.compile(r"(?<![a-z])the first half(?: of (?P<y>(?:19|20)\d\d))?")
_QUARTER = re.compile(r"(?<![a-z])the (?P<q>first|second|third|fourth) quarter(?: of (?P<y>(?:19|20)\d\d))?"
                      r"|(?<![a-z])q(?P<qn>[1-4])[/ ](?P<qy>(?:19|20)\d\d)")
_BY_END = re.compile(r"(?<![a-z])by the end of (?P<m>" + "|".join(_MONTHS) + r")(?: (?P<y>(?:19|20)\d\d))?")
_IN_YEAR = re.compile(r"(?<![a-z])in (?P<y>(?:19|20)\d\d)(?![\d/])")
_QUARTERS = {"first": 1, "second": 2, "third": 3, "fourth": 4}

_TASKS = re.compile(r"(?<![a-z])(?:completed|finished|accomplished|fulfilled)(?: a total of)? (?P<d>\d{1,3}) "
                    r"(?:out )?of (?:the |its |all )?(?P<t>\d{1,3}) (?:[a-z-]+ ){0,2}?tasks(?![a-z])"
                    r"|(?<![\d/])(?P<d2>\d{1,3})/(?P<t2>\d{1,3}) (?:[a-z-]+ ){0,2}?tasks(?![a-z])")
_PLAN = re.compile(r"(?<![a-z])(?:par|administrative reform|public administration reform) plan(?![a-z])")
_PLAN_YEAR = re.compile(r"(?<![a-z])(?P<y>(?:19|20)\d\d) (?:par|administrative reform|public administration reform)"
                        r" plan|plan for (?P<y2>(?:19|20)\d\d)")
_DOSSIER = r"(?:dossiers|applications|files|records)"
_RECEIVED = re.compile(r"(?<![a-z])received (?:a total of |nearly |over |more than )?(?P<v>" + _NUM + r") "
                       r"(?:[a-z]+ ){0,2}?" + _DOSSIER)
_ONLINE = re.compile(r"(?<![a-z])(?:of which )?(?P<v>" + _NUM + r")(?: " + _DOSSIER + r")? (?:were|was|had been|have been)"
                     r" (?:submitted|received|filed|processed) online(?:, accounting for (?P<p>" + _NUM + r") ?%)?")
_RESOLVED = re.compile(r"(?<![a-z])(?P<v>" + _NUM + r") " + _DOSSIER + r" (?:have been|had been|were|was) "
                       r"(?:settled|resolved|processed|handled)"
                       r"|(?<![a-z])(?:settled|resolved|processed|handled) (?P<v2>" + _NUM + r") " + _DOSSIER
                       + r"|(?<![a-z])of which (?P<v3>" + _NUM + r") (?:have been|had been|were|was) (?:settled|resolved|processed|handled)")
_PCT = r"(?P<p>" + _NUM + r") ?(?:%|percent|per cent)"
#: shares of the dossiers resolved: "72,4% ahead of schedule, 26,1% on time and 1,5% late"
_SHARES = [
    ("early_pct", re.compile(_PCT + r" (?:were |was )?(?:resolved |settled |handled |processed )?(?:ahead of schedule|before the deadline|early)(?![a-z])")),
    ("on_time_pct", re.compile(_PCT + r" (?:were |was )?(?:resolved |settled |handled |processed )?on time(?! or)(?![a-z])")),
    ("late_pct", re.compile(_PCT + r" (?:were |was )?(?:resolved |settled |handled |processed )?(?:late|overdue|behind schedule)(?![a-z])")),
    ("online_pct", re.compile(r"(?<![a-z])online (?:dossiers|applications|submissions) accounted for " + _PCT
                              + r"|" + _PCT.replace("?P<p>", "?P<p2>") + r" (?:were |was )?(?:submitted|filed) online")),
]
#: "During the period, ...": the period the last sentences stated
_THE_PERIOD = re.compile(r"(?<![a-z])(?:during|in|over|for) (?:the|this|that) (?:period|time)(?![a-z])")
_UNIT_SUBJECT = re.compile(r"(?:^|, )(?:[A-Z][a-z]+ ){1,3}(?:[Dd]istrict|[Tt]own|[Cc]ommune|[Ww]ard)\b"
                           r"|(?<![a-z])the department of ")


@dataclass
class _Context:
    """What the last English sentence was about (for a sentence that names no index)."""
    index: str | None = None
    year: int | None = None
    period: str | None = None
    province: str | None = None
    paragraph: int = -10
    #: the reporting period the paragraph's last sentences stated ("In 2022, ... . Agencies received ...")
    report_period: str | None = None
    #: the last overall rank read, for "followed by ..." in the next sentence
    last_rank: int | None = None
    #: the last reporting period any sentence stated, for "During the period, ..."
    last_period: str | None = None


@dataclass
class _Facts:
    """One fact per (province, index, component, year, period) in a sentence, with its span."""
    items: dict[tuple[Any, ...], dict[str, Any]] = field(default_factory=dict)
    spans: dict[tuple[Any, ...], list[int]] = field(default_factory=dict)

    def put(self, key: tuple[Any, ...], slot: str, value: Any, a: int, b: int) -> None:
        fact = self.items.setdefault(key, {})
        if slot in fact:
            return
        fact[slot] = value
        span = self.spans.setdefault(key, [a, b])
        span[0], span[1] = min(span[0], a), max(span[1], b)


def extract_english(doc: Document) -> list[dict[str, Any]]:
    """Index results, tasks and dossier counts from the article's English sentences."""
    out: list[dict[str, Any]] = []
    ctx = _Context()
    for sent in doc.sentences:
        if not doc.is_english(sent):
            continue
        if sent.paragraph - ctx.paragraph > 4:  # a date line and a share bar may stand between
            ctx = _Context(paragraph=sent.paragraph)
        if sent.paragraph != ctx.paragraph:
            ctx.report_period = None
        results = _index_results(doc, sent, ctx)
        if doc.is_question(sent):
            ctx.paragraph = sent.paragraph  # read for the index it names, not for results
            continue
        out.extend(results)
        out.extend(_tasks(doc, sent, ctx))
        out.extend(_dossiers(doc, sent, ctx))
        ctx.report_period = _period(doc, sent.start, sent.end) or ctx.report_period \
            or (ctx.last_period if _THE_PERIOD.search(doc.folded, sent.start, sent.end) else None)
        ctx.last_period = ctx.report_period or ctx.last_period
        ctx.paragraph = sent.paragraph
    return out


def _indices(doc: Document, s: int, e: int) -> list[tuple[int, int, str]]:
    found = {(m.start, m.end, m.name) for m in doc.indices_in(s, e)}
    for m in _INDEX_RE.finditer(doc.folded, s, e):
        if m.lastgroup:
            found.add((m.start(), m.end(), _INDEX_OF[m.lastgroup]))
    # a long name and its acronym in parentheses are one mention; keep the first of overlapping ones
    out: list[tuple[int, int, str]] = []
    for a, b, name in sorted(found):
        if out and a < out[-1][1]:
            continue
        out.append((a, b, name))
    return out


def _provinces(doc: Document, s: int, e: int, compared: bool = False) -> list[tuple[int, int, str]]:
    """The provinces named in ``[s, e)`` as subjects (or, ``compared``, only as a comparison:
    "higher than Hai Phong")."""
    f = doc.folded
    return [(p.start, p.end, p.name) for p in doc.provinces_in(s, e)
            if bool(_COMPARED_BEFORE.search(f, max(s, p.start - 16), p.start)) == compared
            and not _PART_BEFORE.search(f, max(s, p.start - 48), p.start)]


def _year_before(doc: Document, s: int, pos: int) -> int | None:
    f = doc.folded
    years = [m for m in _YEAR.finditer(f, s, pos) if not _YEAR_NOT_CURRENT.search(f, max(s, m.start() - 16), m.start())
             or f.startswith("in ", m.start() - 3) and not _after_comparison(f, s, m.start())]
    return int(years[-1].group("y")) if years else None


def _after_comparison(f: str, s: int, at: int) -> bool:
    return bool(re.search(r"(?:compared (?:to|with)|from|since|than|by) (?:the )?(?:[a-z]+ )?in $", f[max(s, at - 30):at]))


def _month_period(doc: Document, s: int, e: int) -> str | None:
    """A month named in ``[s, e)`` that is not a comparison ("up 4 places from September")."""
    f = doc.folded
    found = None
    for m in _MONTH.finditer(f, s, e):
        if re.search(r"(?:from|since|than|compared (?:to|with)|over) (?:the )?$", f[max(s, m.start() - 16):m.start()]):
            continue
        year = int(m.group("y")) if m.group("y") else (doc.published.year if doc.published else None)
        if year is None:
            continue
        found = f"{year}-{_MONTHS.index(m.group('m')) + 1:02d}"
    return found


def _index_results(doc: Document, sent: Sentence, ctx: _Context) -> list[dict[str, Any]]:
    f, s, e = doc.folded, sent.start, sent.end
    indices = _indices(doc, s, e)
    provs = _provinces(doc, s, e)
    month = _month_period(doc, s, e)
    named_year = _year_before(doc, s, e)
    if indices:
        ctx.index = indices[-1][2]
        ctx.year = named_year
        ctx.period = month
    values: list[tuple[int, int, str, Any]] = []
    for m in _RANK.finditer(f, s, e):
        if m.group("lead"):
            values.append((m.start(), m.end(), "rank", 1))
            continue
        values.append((m.start(), m.end(), "rank", _ordinal(m, "r", "w")))
        if m.group("of"):
            values.append((m.start(), m.end(), "rank_of", int(m.group("of"))))
    for m in _BARE_RANK.finditer(f, s, e):  # "stood at 86.45 percent, seventh out of 34"
        values.append((m.start(), m.end(), "rank", _ordinal(m, "r", "w")))
        values.append((m.start(), m.end(), "rank_of", int(m.group("of"))))
    for m in _BARE_ORD.finditer(f, s, e):
        values.append((m.start(), m.end(), "prev_rank", int(m.group("r"))))
    for m in _SCORE.finditer(f, s, e):
        values.append((m.start(), m.end(), "score", m))
    for m in _CHANGE.finditer(f, s, e):
        sign = -1 if _DOWN.match(m.group("dir")) else 1
        values.append((m.start(), m.end(), "rank_change", sign * int(m.group("n"))))
    for m in _SCORE_CHANGE.finditer(f, s, e):
        sign = -1 if re.match(r"down|fell|fall|drop|los|decreas", m.group("dir")) else 1
        values.append((m.start(), m.end(), "score_change", sign * doc.number(m.group("n"))))
    if not values and not _FOLLOWED.search(f, s, e):
        if provs:
            ctx.province = provs[-1][2]
        return []
    facts = _Facts()
    placed = _respective_ranks(doc, s, e, provs)
    values = [v for v in values if not any(a <= v[0] < b for a, b, _p, _r in placed)]
    cuts = [s] + [m.end() for m in _CLAUSE_CUT.finditer(f, s, e)] + [e]
    prev_end = s  # where the last figure read ended: a component named after it is the next figure's
    prev_comp: tuple[str, int, str] | None = None  # the last figure's component, clause and province
    for a, b, slot, value in sorted(values, key=lambda v: v[0]):
        figure_before, prev_end = prev_end, b
        cs = max(c for c in cuts if c <= a)
        ce = min(c for c in cuts if c > a) if any(c > a for c in cuts) else e
        if _TARGET.search(f, cs, a) or _NOT_THE_PROVINCE.search(f, max(cs, a - 40), b) \
                or (slot == "score_change" and _NOT_THE_PROVINCE.search(f, cs, a)):
            continue
        before = [p for p in provs if p[1] <= a]
        if _MINISTRY.search(f, before[-1][1] if before and before[-1][1] > cs else cs, a):
            continue  # "the Ministry of Justice topped the rankings": not a province's
        if slot in ("rank", "rank_change") and _REGIONAL.search(f, a, min(ce, b + 40)):
            continue  # "Ba Ria-Vung Tau ranked second in the Southeast region"
        if _OTHER_MEASURE.search(f, before[-1][1] if before and before[-1][1] > cs else cs, min(ce, b + 40)):
            continue
        if any(c[1] <= a and (not before or c[0] > before[-1][0]) for c in _provinces(doc, cs, a, compared=True)):
            continue  # "higher than Hai Phong, which ranked 2nd": the compared province's own figure
        host_word = _HOST_WORDS.search(f, cs, a)
        if before and not (host_word and host_word.start() > before[-1][1]):
            province, start = before[-1][2], before[-1][0]
        elif host_word or (not provs and not ctx.province):
            # "the province", "the northern province": the site's, else the one just named
            province, start = doc.host or ctx.province, (host_word.start() if host_word else a)
        elif not provs:
            province, start = ctx.province, a
        else:
            continue  # the province is named only after its figure: not read
        if province is None:
            continue
        named = [ix for ix in indices if ix[1] <= a]
        after = [ix for ix in indices if a <= ix[0] < ce]
        index = named[-1][2] if named else after[0][2] if after else ctx.index
        if index is None or index == BLOCKED:
            continue
        year = _year_before(doc, s, a) or (_year_before(doc, s, ce) if after else None) or ctx.year
        if slot == "prev_rank":
            # "Tây Ninh, 60th in 2022, climbed to 25th in 2023": the rank of the year before this one's
            later = _year_after(doc, b, e)
            year = later or ctx.year or year
        period = month or ctx.period if index == "SERVICE_INDEX_766" else None
        if index == "SERVICE_INDEX_766" and period:
            year = int(period[:4])
        if year is None and doc.published:
            year = doc.published.year - 1
        comp = None
        pattern = _COMPONENT_RE.get(index)
        if pattern:
            comps = [c for c in pattern.finditer(f, cs, ce) if c.lastgroup]
            # the component named after this figure's subject ("Ben Tre led ... on control of
            # corruption ..., and Thua Thien-Hue ranked second on e-governance"), else the one before
            right_before = [c for c in comps if max(figure_before, start if start < a else cs) <= c.start() < a]
            if not right_before and prev_comp and prev_comp[1:] == (cs, province):
                comp = prev_comp[0]  # "... ranked 5th with 12.81 points": the same component's figures
            else:
                own = right_before[-1:] or [c for c in comps if c.start() >= start] or [c for c in comps if c.start() < a][-1:]
                if own and own[0].lastgroup:
                    comp = _EN_COMPONENTS[index][int(own[0].lastgroup[1:])][0]
        prev_comp = (comp, cs, province) if comp else None
        if slot == "score":
            m = value
            number = doc.number(m.group("v"))
            lo, hi = SCORE_RANGE.get(index, (0, 100))
            unitless_ok = index in ("DTI", "ICT_INDEX") or ("." in m.group("v") or "," in m.group("v")) \
                and f.startswith(("with", "scor"), m.start())  # "came third with 71.35"
            if comp is None and not lo <= number <= hi or m.group("u") is None and not unitless_ok:
                continue
            value = number
        elif slot in ("rank", "rank_of") and not 1 <= value <= 63:
            continue
        key = (province, index, comp, year, period)
        facts.put(key, slot, value, min(start, a), b)
    index_here = indices[-1][2] if indices else ctx.index
    year_here = named_year or ctx.year or (doc.published.year - 1 if doc.published else None)
    if index_here:
        for a, b, province, rank in placed:
            facts.put((province, index_here, None, year_here, None), "rank", rank, a, b)
        _followed_by(doc, s, e, facts, index_here, year_here, ctx)
    if provs:
        ctx.province = provs[-1][2]
    ranked = [(k, v["rank"]) for k, v in facts.items.items() if "rank" in v and k[2] is None]
    ctx.last_rank = ranked[-1][1] if ranked else None
    out = []
    for (province, index, comp, year, period), slots in facts.items.items():
        a, b = facts.spans[(province, index, comp, year, period)]
        rec: dict[str, Any] = {"kind": "index_result", "province": province, "index": index, "year": year,
                               "component": comp}
        for k in ("score", "rank", "rank_of", "prev_score", "prev_rank", "score_change", "rank_change"):
            rec[k] = slots.get(k)
        if period:
            rec["period"] = period
        rec["evidence"] = doc.evidence(a, b)
        out.append(rec)
    return out


def _ordinal(m: re.Match[str], digits: str, word: str) -> int:
    return int(m.group(digits)) if m.group(digits) else _ORD_WORDS.index(m.group(word)) + 1


def _year_after(doc: Document, b: int, e: int) -> int | None:
    m = _YEAR.search(doc.folded, b, e)
    return int(m.group("y")) if m else None


def _respective_ranks(doc: Document, s: int, e: int, provs: list[tuple[int, int, str]]
                      ) -> list[tuple[int, int, str, int]]:
    """"Ba Ria-Vung Tau and Bac Giang were fourth and fifth respectively": (start, end, province, rank)."""
    f, out = doc.folded, []
    for m in _RESPECTIVE.finditer(f, s, e):
        ranks = [_ordinal(m, "r1", "w1")] + ([_ordinal(m, "r2", "w2")] if m.group("r2") or m.group("w2") else [])
        before = [p for p in provs if p[1] <= m.start()]
        if len(before) < len(ranks):
            continue
        for (a, _b, name), rank in zip(before[-len(ranks):], ranks):
            out.append((a, m.end(), name, rank))
    return out


def _followed_by(doc: Document, s: int, e: int, facts: _Facts, index: str, year: int | None,
                 ctx: _Context) -> None:
    """"... topped ..., followed by Hải Phòng City (90.57 per cent) and Bắc Ninh Province": the
    provinces listed after "followed by" take the places after the last rank read (this
    sentence's, else the last sentence's), each with the score in parentheses after it."""
    f = doc.folded
    provs = {p.start: p for p in doc.provinces_in(s, e)}
    lo, hi = SCORE_RANGE.get(index, (0, 100))
    for m in _FOLLOWED.finditer(f, s, e):
        ranked = [v["rank"] for k, v in facts.items.items() if "rank" in v and k[2] is None and k[1] == index
                  and facts.spans[k][0] < m.start()]
        base = ranked[-1] if ranked else ctx.last_rank
        if base is None or _MINISTRY.search(f, max(s, m.start() - 80), m.start()):
            continue
        pos = m.end()
        place = base
        while True:
            if f.startswith("the ", pos):
                pos += 4
            p = provs.get(pos)
            if p is None:
                break
            place += 1
            end = p.end
            facts.put((p.name, index, None, year, None), "rank", place, p.start, end)
            paren = _PAREN_SCORE.match(f, end, e)
            if paren and (paren.group("u") or re.search(r"[.,]\d", paren.group("v"))):
                value = doc.number(paren.group("v"))
                if lo <= value <= hi:
                    facts.put((p.name, index, None, year, None), "score", value, p.start, paren.end())
                end = paren.end()
            else:
                unit = re.match(r"\s*(?:city|province)(?![a-z])", f[end:e])
                end += unit.end() if unit else 0
            sep = _ENUM_SEP.match(f, end, e)
            if not sep:
                break
            pos = sep.end()


def _period(doc: Document, s: int, e: int) -> str | None:
    """The reporting period an English sentence states: "In the first ten months of 2025",
    "By the end of October", "In the first half of 2024", "In 2022"."""
    f = doc.folded
    default_year = doc.published.year if doc.published else None
    m = _FIRST_MONTHS.search(f, s, e)
    if m:
        n = int(m.group("n")) if m.group("n").isdigit() else _NUMBER_WORDS[m.group("n")]
        year = int(m.group("y")) if m.group("y") else _year_before(doc, s, e) or default_year
        return None if year is None else str(year) if n == 12 else f"{year}-06H1" if n == 6 else f"{year}-{n:02d}M"
    m = _FIRST_HALF.search(f, s, e)
    if m:
        year = int(m.group("y")) if m.group("y") else default_year
        return f"{year}-06H1" if year else None
    m = _QUARTER.search(f, s, e)
    if m:
        q = _QUARTERS[m.group("q")] if m.group("q") else int(m.group("qn"))
        y = m.group("y") or m.group("qy")
        year = int(y) if y else default_year
        return f"{year}-Q{q}" if year else None
    m = _BY_END.search(f, s, e)
    if m:
        year = int(m.group("y")) if m.group("y") else _year_before(doc, s, e) or default_year
        n = _MONTHS.index(m.group("m")) + 1
        return None if year is None else str(year) if n == 12 else f"{year}-{n:02d}M"
    m = _IN_YEAR.search(f, s, e)
    if m:
        return m.group("y")
    month = _month_period(doc, s, e)
    return month


def _subject(doc: Document, s: int, a: int, ctx: _Context | None = None) -> str | None:
    """The province named before ``a``, else the site's, else the one the sentences before named."""
    provs = _provinces(doc, s, a)
    return provs[-1][2] if provs else doc.host or (ctx.province if ctx else None)


def _tasks(doc: Document, sent: Sentence, ctx: _Context) -> list[dict[str, Any]]:
    f, s, e = doc.folded, sent.start, sent.end
    if "task" not in f[s:e]:
        return []
    out = []
    for m in _TASKS.finditer(f, s, e):
        done, total = int(m.group("d") or m.group("d2")), int(m.group("t") or m.group("t2"))
        if done > total or total == 0 or _TARGET.search(f, max(s, m.start() - 60), m.start()):
            continue
        if not (_PLAN.search(f, s, e) or re.search(r"(?<![a-z])reform(?![a-z])", f[s:e])):
            continue
        plan_year = _PLAN_YEAR.search(f, s, e)
        period = _period(doc, s, m.start()) or _period(doc, s, e)
        if period is None and plan_year:
            period = plan_year.group("y") or plan_year.group("y2")
        out.append({"kind": "task_progress", "province": _subject(doc, s, m.start(), ctx), "period": period,
                    "done": done, "total": total, "evidence": doc.evidence(m.start(), m.end())})
    return out


def _dossiers(doc: Document, sent: Sentence, ctx: _Context) -> list[dict[str, Any]]:
    f, s, e = doc.folded, sent.start, sent.end
    chunk = f[s:e]
    if not re.search(r"(?<![a-z])" + _DOSSIER + r"(?![a-z])|ahead of schedule|on time|submitted online", chunk) \
            or _TARGET.search(chunk) \
            or _UNIT_SUBJECT.search(doc.nfc, s, e):
        return []
    slots: dict[str, Any] = {}
    spans: list[int] = []

    def put(slot: str, token: str, a: int, b: int, integer: bool = True) -> None:
        if slot not in slots:
            slots[slot] = doc.number(token, integer=integer)
            spans.extend((a, b))

    for m in _RECEIVED.finditer(f, s, e):
        put("received", m.group("v"), m.start(), m.end())
    for m in _ONLINE.finditer(f, s, e):
        put("online", m.group("v"), m.start(), m.end())
        if m.group("p"):
            put("online_pct", m.group("p"), m.start(), m.end(), integer=False)
    for m in _RESOLVED.finditer(f, s, e):
        put("resolved", m.group("v") or m.group("v2") or m.group("v3"), m.start(), m.end())
    for slot, pattern in _SHARES:
        for m in pattern.finditer(f, s, e):
            token = m.group("p") if "p" in m.groupdict() and m.group("p") else m.groupdict().get("p2")
            if token:
                put(slot, token, m.start(), m.end(), integer=False)
    if not slots:
        return []
    period = _period(doc, s, e) or ctx.report_period
    if period is None and _THE_PERIOD.search(f, s, e):
        period = ctx.last_period
    if period is None and doc.headline_period is not None and sent.paragraph > doc.headline_paragraph:
        period = doc.headline_period.period  # "Administrative reform results in 2023" over the page
    rec: dict[str, Any] = {"kind": "dossier_stats", "province": _subject(doc, s, min(spans), ctx),
                           "period": period, "scope": "toàn tỉnh"}
    for k in ("received", "resolved", "early_pct", "on_time_pct", "late_pct", "online", "online_total",
              "online_pct"):
        rec[k] = slots.get(k)
    rec["evidence"] = doc.evidence(min(spans), max(spans))
    return [rec]
