"""One article prepared for the rules: text forms, sentences and mentions.

Mentions (provinces, indices, periods) are found once over the whole folded text
and looked up per sentence by bisection, so a 2 MB page costs a few linear regex
passes, not one pass per sentence.
"""
from __future__ import annotations

import bisect
import datetime as dt
import functools
import itertools
import re
from dataclasses import dataclass, field
from typing import Protocol, Sequence, TypeVar

from . import numbers
from .gazetteer import CENTRAL_CITIES, ProvinceMention, find_all_provinces, find_strict_provinces, province_from_url
from .indices import Mention, find_indices
from .language import is_english, is_english_beside
from .periods import Period, find_periods, months_so_far
from .sentences import Sentence, split_sentences
from .subjects import COMPARATIVE_BEFORE
from .textnorm import Text


#: a questioner's label opening a line: a journalist's or a reader's box ("PV:", "Hỏi:", "Nội dung
#: câu hỏi:") always asks; a reader, a voter or a delegate named before the colon ("Bạn đọc Lê
#: Thị Q. (huyện Kiến Xương):", "Đại biểu Trần Văn F. (...) nêu:") asks when the turn does
_ASKER = re.compile(r"^[ \t]*(?:(?:pv|p\.v\.?|phong vien|nguoi dan chuong trinh|mc|hoi|cau hoi|noi dung cau hoi"
                    r"|nguoi hoi|question|q|reporter|interviewer)(?![a-z])[^:\n]{0,12}|(?P<who>ban doc|cu tri|dai bieu|nguoi dan)(?![a-z])[^:\n]{0,110}):", re.M)
#: what makes a named speaker's turn a question: a question mark or a request to be told
_ASKS = re.compile(r"\?|(?<![a-z])(?:de nghi|xin|mong)(?![a-z])[^.\n]{0,40}(?<![a-z])(?:cho biet|tra loi|giai dap|hoi)(?![a-z])")
#: the label of the next turn, which ends a questioner's turn of several lines
_TURN_LABEL = re.compile(r"[ \t]*[^\s:][^:\n]{0,60}:(?:\s|$)")
_TURN_LINES = 8
#: a reported question ("Người dẫn chương trình hỏi có phải Lào Cai đứng thứ 3 ...")
_REPORTED_QUESTION = re.compile(r"(?<![a-z])hoi (?:co phai|lieu|lieu rang|xem|vi sao|tai sao|co dung)(?![a-z])")

#: a quotation, curly or straight, of at most a few paragraphs
_LONG_QUOTE = re.compile(r"“[^“”]{1,6000}”|(?<![\w\d])\"[^\"“”]{1,6000}\"(?![\w\d])")

#: a headline led by a district, ward or commune ("Phường Thuận Hóa sơ kết ...": since the 2025
#: reform communes and wards run their own one-stop centres and plans)
_DISTRICT_HEAD = re.compile(r"[^\w]*(?:ubnd |uy ban nhan dan )?(?:huyen|thi xa|thi tran|phuong|xa(?! hoi)"
                            r"|quan(?! (?:tam|trong|ly|diem|he|sat|chuc|doi|nhan))) [a-z]")
_DISTRICT_WORD = re.compile(r"(?<![a-z])(?:huyen|xa|thi tran|thi xa|phuong)(?![a-z])")
_PROVINCE_WORD = re.compile(r"(?<![a-z])(?:toan tinh|cua tinh|cap tinh|tinh ta|ca tinh)(?![a-z])")


#: "trong quý", "trong tháng" with no number: the quarter or month the article named last
#: "toàn thành phố", "của thành phố": the city as a whole (see :meth:`Document.subject_province`)
_THE_CITY = re.compile(r"(?<![a-z])(?:toan|cua) thanh pho(?![a-z])")
_CITY_REACH = 400
#: a list item's marker at the start of its line
_LIST_MARK = re.compile(r"[ \t]*(?:[\u2022\u00b7\u25cf\u25aa\u25a0\u25e6\u2713\u2714\u27a2\u2192*+-]|\d{1,2}[.)] )")
_ANAPHOR = re.compile(r"(?<![a-z])trong (?P<k>quy|thang)(?! ?(?:\d|[iv]+(?![a-z])|nay|toi|sau|truoc|dau|cuoi|qua))(?![a-z])")
_ANAPHOR_KIND = {"quy": "quarter", "thang": "month"}
#: a paragraph that breaks the last one's figures down ("Chia theo cấp, cấp tỉnh tiếp nhận ..."):
#: it goes on in the last paragraph's period
_BREAKDOWN_OPEN = re.compile(r"\s*(?:chia theo (?:cap|linh vuc|don vi)|phan theo cap|theo cap|xet theo cap"
                             r"|cu the(?: theo cap)?|trong do)\s*[,:]")
#: how many periods back "trong quý" may look for its quarter
_ANAPHOR_REACH = 50
#: a UBND's monthly meeting ("phiên họp thường kỳ tháng 9/2021") reviews the months so far
_MEETING_TITLE = re.compile(r"(?<![a-z])(?:phien hop|hop thuong ky|hop phien|giao ban)(?![a-z])")

_PLAN_TITLE = re.compile(r"(?<![a-z])(?:ke hoach|trien khai|phuong huong|nhiem vu nam|muc tieu)(?![a-z])")
#: lines a scraped page may open with before its headline
_MAX_FURNITURE = 10  # a portal's menu lines and a PDF report's letterhead can both come first
_DATE_LINE = re.compile(r"[\d\s/:,.()+|-]*(?:(?:thu (?:hai|ba|tu|nam|sau|bay)|chu nhat|gmt|cap nhat(?: luc)?|ngay dang"
                        r"|dang luc|dang ngay|luot xem|luot doc|ngay|gio|am|pm)[\d\s/:,.()+|-]*)*")
_CRUMB = re.compile(r"[^\n]{0,40}(?:\s(?:>|»|›|/)\s[^\n]{1,40}){1,6}")
_MENU_WORDS = frozenset("trang chu gioi thieu tin tuc su kien van ban lien he thong bao dich vu cong hoi dap "
                        "tim kiem dang nhap so do site chuyen muc tieu diem diem tin trong ngay media video "
                        "hinh anh english".split())


#: a site's banner: "Sở Nội vụ tỉnh Trà Vinh", "CỔNG THÔNG TIN - GIAO TIẾP ĐIỆN TỬ TỈNH VĨNH PHÚC"
_BANNER = re.compile(r"(?:cong thong tin(?: - giao tiep| giao tiep)?(?: dien tu)?|cong ttdt|trang thong tin dien tu"
                     r"|so [a-z]+(?: [a-z]+){0,5}?|ubnd|uy ban nhan dan|bao|dai phat thanh(?: va| -)? truyen hinh)"
                     r" (?:tinh|thanh pho|tp\.?) [a-z]+(?:[ -]+[a-z]+){0,3}")


#: an official document's letterhead, as a PDF converts it: "ỦY BAN NHÂN DÂN   CỘNG HÒA XÃ HỘI
#: CHỦ NGHĨA VIỆT NAM", "Độc lập - Tự do - Hạnh phúc", "Số: 412/BC-UBND   Hậu Giang, ngày ..."
_LETTERHEAD = re.compile(r"cong hoa xa hoi chu nghia viet nam|doc lap - tu do - hanh phuc|^so: ?\d+/[a-z0-9-]+"
                         r"|^(?:uy ban nhan dan|ubnd) (?:tinh|thanh pho) [a-z ]{2,25}$")


#: a paper's masthead: "Báo Điện tử Chính phủ", "Báo Thái Bình điện tử" (not "Báo cáo ...")
_MASTHEAD = re.compile(r"bao (?!cao(?![a-z]))[a-z ]*(?<![a-z])dien tu(?![a-z])[a-z ]*")


def _is_furniture(line: str) -> bool:
    """Whether a folded line is page furniture rather than a headline."""
    line = line.strip().strip(" -•*|")  # "\r" of a CRLF page too
    if not line or _DATE_LINE.fullmatch(line):
        return True
    if len(line) <= 80 and _BANNER.fullmatch(line) or _LETTERHEAD.search(line) or line == "bao cao":
        return True
    if len(line) <= 120 and _BANNER.fullmatch(re.split(r"\s+[-|]\s+", line, maxsplit=1)[0]) \
            and re.search(r"\s[-|]\s", line):
        return True  # a bilingual banner: "SỞ NỘI VỤ TỈNH YÊN BÁI - YEN BAI DEPARTMENT OF HOME AFFAIRS"
    if len(line) <= 120 and _CRUMB.fullmatch(line) and not re.search(r"\d{1,3}[.,]\d|(?<!\d)(?:19|20)\d\d(?!\d)", line):
        # (a year makes it a bilingual title: "Kết quả ... năm 2023 / Administrative reform results in 2023")
        return True
    words = re.findall(r"[a-z]+", line)
    if len(words) <= 8 and _MASTHEAD.fullmatch(line):
        return True
    if 0 < len(words) <= 5 and all(w in _MENU_WORDS for w in words) and not re.search(r"\d", line):
        return True
    # a menu bar: "Giới thiệu | Tin tức | Văn bản | Thủ tục hành chính | Liên hệ"
    items = [i for i in re.split(r"\s*[|•·]\s*", line) if i.strip()]
    return len(items) >= 3 and not re.search(r"\d", line) and all(len(i.split()) <= 5 for i in items)


class _Span(Protocol):
    start: int
    end: int


S = TypeVar("S", bound=_Span)


def within(items: Sequence[S], starts: list[int], start: int, end: int) -> list[S]:
    """Items of a start-sorted list that begin inside ``[start, end)``."""
    lo = bisect.bisect_left(starts, start)
    hi = bisect.bisect_left(starts, end)
    return [it for it in items[lo:hi] if it.end <= end]


@dataclass
class Document:
    """An article's text plus what every rule needs to know about it."""

    raw: str
    url: str | None = None
    published: dt.date | None = None
    text: Text = field(init=False)
    host: str | None = field(init=False)
    convention: numbers.Convention = field(init=False)
    sentences: list[Sentence] = field(init=False)
    provinces: list[ProvinceMention] = field(init=False)
    indices: list[Mention] = field(init=False)
    periods: list[Period] = field(init=False)

    def __post_init__(self) -> None:
        self.text = Text(self.raw)
        self.host = province_from_url(self.url)
        self.convention = numbers.detect_convention(self.text.nfc)
        self.sentences = split_sentences(self.text.nfc)
        self.provinces = find_strict_provinces(self.text.folded, self.text.nfc)
        self.indices = find_indices(self.text.folded)
        self.periods = find_periods(self.text.folded, published=self.published)
        if any(p.kind == "inyear" for p in self.periods):
            self.periods = self._resolve_in_year(self.periods)
        self._pstarts = [p.start for p in self.provinces]
        self._istarts = [m.start for m in self.indices]
        self._tstarts = [p.start for p in self.periods]
        self._sentence_no = {s.start: i for i, s in enumerate(self.sentences)}
        self._sstarts = [s.start for s in self.sentences]
        if self.host is None:
            self.host = self._headline_province()

    def _resolve_in_year(self, periods: list[Period]) -> list[Period]:
        """"Trong năm" takes the one year the headline names, else the publication's year."""
        head = self.headline_span
        years = {p.year for p in periods if head and head[0] <= p.start < head[1] and p.kind == "year" and p.current}
        year = years.pop() if len(years) == 1 else (self.published.year if self.published else None)
        return [Period(p.start, p.end, str(year) if year else None, year, "year", True) if p.kind == "inyear" else p
                for p in periods]

    @functools.cached_property
    def district_article(self) -> bool:
        """Whether the headline is about a district ("Huyện Lộc Ninh sơ kết ..."): a district
        portal under the province's domain, whose "huyện" figures are not the province's."""
        head = self.headline_span
        return head is not None and _DISTRICT_HEAD.match(self.text.folded, *head) is not None

    def about_district(self, start: int, pos: int) -> bool:
        """In a district article, whether the clause ``[start, pos)`` is about the district (or
        its communes) rather than the province ("Bộ phận Một cửa huyện tiếp nhận ...")."""
        if not self.district_article:
            return False
        clause = self.text.folded[start:pos]
        # a clause naming neither ("Hồ sơ nộp trực tuyến là 19.427 hồ sơ", "Riêng quý IV, Trung
        # tâm tiếp nhận ...") goes on about the page's own unit: only the province named makes
        # a figure the province's
        return not _PROVINCE_WORD.search(clause) and not self.provinces_in(start, pos)

    def _headline_province(self) -> str | None:
        """The one province a headline names, the default subject when the site has none.

        A national paper's "Điện Biên tăng 17 bậc về chỉ số hài lòng" goes on with "của
        tỉnh" meaning Điện Biên, as a provincial portal's "của tỉnh" means its own.
        """
        head = self.headline_span
        if head is None:
            return None
        names = {p.name for p in self.provinces_in(*head)}
        return names.pop() if len(names) == 1 else None

    @property
    def folded(self) -> str:
        return self.text.folded

    @property
    def nfc(self) -> str:
        return self.text.nfc

    def evidence(self, start: int, end: int) -> str:
        return self.text.evidence(start, end)

    def is_english(self, sent: Sentence) -> bool:
        """Whether ``sent`` is an English sentence (read by the English rules only)."""
        return sent.start in self._english_starts

    @functools.cached_property
    def _english_starts(self) -> frozenset[int]:
        nfc, f = self.text.nfc, self.text.folded
        flags = [is_english(nfc[s.start:s.end], f[s.start:s.end]) for s in self.sentences]
        if not any(flags):
            return frozenset()
        # a short sentence between English ones ("Long An came second with 72.07 points.")
        for i, s in enumerate(self.sentences):
            if not flags[i] and ((i and flags[i - 1]) or (i + 1 < len(flags) and flags[i + 1])) \
                    and is_english_beside(nfc[s.start:s.end], f[s.start:s.end]):
                flags[i] = True
        return frozenset(s.start for s, flag in zip(self.sentences, flags) if flag)

    def provinces_in(self, start: int, end: int) -> list[ProvinceMention]:
        return within(self.provinces, self._pstarts, start, end)

    def sentences_with(self, *keywords: str) -> list[int]:
        """Indices of the sentences whose folded text contains any of ``keywords``, in order.

        A cheap substring scan: rules run their expensive patterns only on these.
        """
        f, starts, found = self.text.folded, self._sstarts, set()
        for kw in keywords:
            i = f.find(kw)
            while i != -1:
                k = bisect.bisect_right(starts, i) - 1
                if k >= 0:
                    sent = self.sentences[k]
                    if i + len(kw) <= sent.end:
                        found.add(k)
                    nxt = sent.end
                else:
                    nxt = i + 1
                i = f.find(kw, max(nxt, i + 1))
        return sorted(found)

    def loose_provinces_in(self, start: int, end: int) -> list[ProvinceMention]:
        """Province mentions in ``[start, end)`` as a ranking table reads them (offsets relative to ``start``)."""
        return [ProvinceMention(p.start - start, p.end - start, p.name)
                for p, _strict in find_all_provinces(self.text.folded, self.text.nfc, start, end)]

    def indices_in(self, start: int, end: int) -> list[Mention]:
        return within(self.indices, self._istarts, start, end)

    def periods_in(self, start: int, end: int) -> list[Period]:
        return within(self.periods, self._tstarts, start, end)

    def number(self, token: str, integer: bool = False) -> numbers.Number:
        return numbers.parse_number(token, self.convention, integer=integer)

    def period_before(self, pos: int, sent: Sentence) -> str | None:
        """The reporting period governing a figure at ``pos`` (see :meth:`period_obj_before`)."""
        p = self.period_obj_before(pos, sent)
        return p.period if p else None

    def period_obj_before(self, pos: int, sent: Sentence) -> Period | None:
        """The reporting period governing a figure at ``pos``.

        The nearest current period stated before it in its sentence, else in
        the earlier sentences of its paragraph ("Năm 2022, ... Toàn tỉnh tiếp
        nhận ..."), else the one reporting period the headline (first line) states: a
        report titled "... 6 tháng đầu năm 2024" gives its figures that period
        even when a later paragraph only says "Trong kỳ". Comparisons ("so với
        năm 2021") and dates never count.
        """
        f = self.folded
        cands = [p for p in self.periods_in(sent.start, pos) if p.current and p.period
                 # an aside closed before the figure ("(bao gồm ... trong 6 tháng đầu năm), đã giải quyết")
                 and f.count(")", p.end, pos) <= f.count("(", p.end, pos)]
        if cands:
            return cands[-1]
        i = self._sentence_no[sent.start]
        anaphor = _ANAPHOR.search(f, sent.start, sent.end)
        if anaphor:
            # "Trung tâm ... tiếp nhận 8.420 hồ sơ trong quý": the quarter (month) last named
            found = self._last_period_of(_ANAPHOR_KIND[anaphor.group("k")], i)
            if found:
                return found
        paragraph = sent.paragraph
        for k in range(i - 1, -1, -1):
            prev = self.sentences[k]
            if prev.paragraph != paragraph:
                first = self.sentences[k + 1]
                if paragraph == sent.paragraph and _BREAKDOWN_OPEN.match(f, first.start, first.end):
                    # the period that paragraph opened with: its later ones may be comparisons
                    # ("Năm 2023, toàn tỉnh tiếp nhận ... Năm 2022, con số tiếp nhận là ...")
                    j = k
                    while j > max(0, k - 40) and self.sentences[j - 1].paragraph == prev.paragraph:  # bounded
                        j -= 1
                    opened = [p for p in self.periods_in(self.sentences[j].start, prev.end) if p.current and p.period]
                    return opened[0] if opened else None
                if not self._is_speaker_label(first) and not self._inside_long_quote(first.start):
                    lead = self._list_lead_in_period(k) if self._is_list_item(first) else None
                    if lead is not None:
                        # "Số liệu quý I/2024:" over bullet lines: the lead-in's period governs them
                        return lead
                    break
                # an interview's answer ("Bà X: Kế hoạch ... có 46 nhiệm vụ; Toàn tỉnh tiếp nhận ...")
                # is about the period its question names ("PV: Sáu tháng đầu năm nay, ...?"), and a
                # speech quoted over several paragraphs about the one its opening names ("năm qua")
                paragraph = prev.paragraph
            cands = [p for p in self.periods_in(prev.start, prev.end) if p.current and p.period
                     and f.count(")", p.end, prev.end) <= f.count("(", p.end, prev.end)]
            if cands:
                return cands[-1]
            anaphor = _ANAPHOR.search(f, prev.start, prev.end)
            if anaphor:  # "Trong quý, toàn tỉnh tiếp nhận ... Tỷ lệ hồ sơ trực tuyến đạt 76,45%."
                found = self._last_period_of(_ANAPHOR_KIND[anaphor.group("k")], k)
                if found:
                    return found
        return self.headline_period if sent.paragraph > self.headline_paragraph else None

    def _inside_long_quote(self, pos: int) -> bool:
        """Whether ``pos`` is inside a quotation that spans several paragraphs (a speech quoted at
        length: "“Thưa các đồng chí, năm qua, ...\n... Tỷ lệ hồ sơ nộp trực tuyến đạt 52,3% ...”")."""
        k = bisect.bisect_right(self._long_quotes, (pos, len(self.nfc))) - 1
        return k >= 0 and self._long_quotes[k][0] < pos < self._long_quotes[k][1]

    @functools.cached_property
    def _long_quotes(self) -> list[tuple[int, int]]:
        nfc, out = self.text.nfc, []
        for m in _LONG_QUOTE.finditer(nfc):
            if "\n" in m.group():
                out.append(m.span())
        return out

    def _last_period_of(self, kind: str, i: int) -> Period | None:
        """The current period of ``kind`` named last before sentence ``i`` (headline included)."""
        limit = self.sentences[i].start
        k = bisect.bisect_left(self._tstarts, limit)
        for j in range(k - 1, max(-1, k - 1 - _ANAPHOR_REACH), -1):  # bounded: a long page costs no more
            p = self.periods[j]
            if p.kind == kind and p.current and p.period:
                return p
        return None

    def _is_list_item(self, sent: Sentence) -> bool:
        """Whether ``sent`` opens a line with a list marker ("•", "-", "–", "✓", "+")."""
        line_start = self.nfc.rfind("\n", 0, sent.start) + 1
        return _LIST_MARK.match(self.folded, line_start, sent.end) is not None

    def _list_lead_in_period(self, k: int) -> Period | None:
        """The period of the lead-in line ("... quý I/2024:") above the list item sentence ``k``
        ends (or is inside), walking up over the list's other items; None without one."""
        for j in range(k, max(-1, k - 30), -1):  # bounded: a long list costs no more
            prev = self.sentences[j]
            if self.nfc[prev.end - 1:prev.end] == ":":
                cands = [p for p in self.periods_in(prev.start, prev.end) if p.current and p.period]
                return cands[-1] if cands else None
            if not self._is_list_item(prev) and not (j > 0 and self.sentences[j - 1].paragraph == prev.paragraph):
                return None
        return None

    def _is_speaker_label(self, sent: Sentence) -> bool:
        """Whether ``sent`` is an interview's speaker label (``sentences`` cuts "Bà X:" off its answer)."""
        return self.nfc[sent.end - 1:sent.end] == ":" and sent.end - sent.start <= 60 \
            and (sent.start == 0 or self.nfc[sent.start - 1] == "\n")

    def is_question(self, sent: Sentence) -> bool:
        """Whether ``sent`` asks rather than states: a figure a journalist, a reader or a delegate
        puts in a question ("PV: ... chỉ đạt 85,6% và đứng thứ 33. Ông đánh giá thế nào?") is
        what the answer may correct, not a result. The rules still read it for context (the
        index a question names is the one the answer is about) but emit nothing from it."""
        return sent.start in self._question_starts

    @functools.cached_property
    def _question_starts(self) -> frozenset[int]:
        # whole-text scans mapped to sentences by bisection: a 2 MB page has 30,000 sentences
        nfc, f, starts = self.text.nfc, self.text.folded, self._sstarts
        out: set[int] = set()

        def sentence_at(pos: int) -> Sentence | None:
            k = bisect.bisect_right(starts, pos) - 1
            return self.sentences[k] if k >= 0 and pos < self.sentences[k].end else None

        q = nfc.find("?")
        while q != -1:
            sent = sentence_at(q)
            if sent is not None and not nfc[q + 1:sent.end].strip(" \"”'»)]"):
                out.add(sent.start)
            q = nfc.find("?", q + 1)
        for m in _REPORTED_QUESTION.finditer(f):
            sent = sentence_at(m.start())
            if sent is not None:
                out.add(sent.start)
        lines = self.lines
        line_starts = [a for a, _ in lines]
        asked: list[tuple[int, int]] = []  # line spans of questioners' turns
        after = 0  # lines before this one were read as part of a turn
        for m in _ASKER.finditer(f):
            k = bisect.bisect_right(line_starts, m.start()) - 1
            a, b = lines[k]
            if k < after or m.end() > b or (m.group("who") and not _ASKS.search(f, a, b)):
                continue
            asked.append((a, b))
            after = k + 1
            if nfc[m.end():b].strip():
                continue
            # a label on a line of its own ("Nội dung câu hỏi:"): its lines run to the answer's label
            end = min(len(lines), k + 1 + _TURN_LINES)
            while after < end and not _TURN_LABEL.match(nfc, *lines[after]) \
                    and not _ASKER.match(f, *lines[after]):
                asked.append(lines[after])
                after += 1
        for a, b in asked:
            k = bisect.bisect_left(starts, a)
            while k < len(starts) and starts[k] < b:
                out.add(starts[k])
                k += 1
        return frozenset(out)

    @functools.cached_property
    def lines(self) -> list[tuple[int, int]]:
        """``(start, end)`` of every line of the text (what table rules read), computed once."""
        spans, pos = [], 0
        for line in self.text.nfc.split("\n"):
            spans.append((pos, pos + len(line)))
            pos += len(line) + 1
        return spans

    @functools.cached_property
    def headline_paragraph(self) -> int:
        """The line the headline is on: the first one with text, past the page furniture a
        scraped text may open with (a date line, a breadcrumb, menu entries, a view counter)."""
        first: int | None = None
        seen = 0
        for sent in self.sentences:
            if first is not None and sent.paragraph == first:
                continue
            first = sent.paragraph
            seen += 1
            end = self.text.nfc.find("\n", sent.start)
            line = self.folded[sent.start:len(self.folded) if end < 0 else end]
            if seen > _MAX_FURNITURE or not _is_furniture(line):
                return sent.paragraph
        return 0

    @functools.cached_property
    def headline_span(self) -> tuple[int, int] | None:
        """``(start, end)`` of the headline, its line's sentences (None if the text is blank)."""
        para = self.headline_paragraph
        head = [s for s in itertools.takewhile(lambda s: s.paragraph <= para, self.sentences) if s.paragraph == para]
        return (head[0].start, head[-1].end) if head else None

    @functools.cached_property
    def headline_period(self) -> Period | None:
        """The single current period the first line states, if it states exactly one."""
        head = self.headline_span
        if head is None:
            return None
        found = [p for p in self.periods_in(*head) if p.current and p.period]
        if len({p.period for p in found}) != 1:
            return None
        if found[0].kind == "year":
            # a bare year in a title is as often the plan's year as the figures' ("Xây dựng và
            # thực hiện tốt các kế hoạch CCHC năm 2017", published in late 2016): it is the
            # reporting period only for a year already begun, in a title that is not about a plan
            # ("Hội nghị tổng kết công tác CCHC năm 2022", published in January 2023)
            if self.published is None or found[0].year is None or found[0].year > self.published.year \
                    or _PLAN_TITLE.search(self.folded, *head):
                return None
        if found[0].kind == "month" and _MEETING_TITLE.search(self.folded, *head):
            # "UBND tỉnh họp phiên thường kỳ tháng 9/2021" whose lead reviews "9 tháng": the
            # figures the meeting reports are the nine months', a month's are named as such
            cum = self._lead_months_so_far(found[0])
            if cum:
                return cum
        return found[0]

    def _lead_months_so_far(self, month: Period) -> Period | None:
        """The lead's "N tháng" of a headline's month N of the same year, if the lead states it."""
        head = self.headline_span
        if head is None or month.period is None:
            return None
        n = month.period[5:7]
        # the lead: the first lines after the headline (a date line and a site name may come first)
        lead_end = next((s.start for s in self.sentences if s.paragraph > self.headline_paragraph + 3),
                        len(self.folded))
        for p in self.periods_in(head[1], lead_end):
            if p.kind in ("cum", "h1", "year") and p.current and p.period == months_so_far(int(n), month.year)[0]:
                return p
        # a bare "9 tháng" ("đánh giá tình hình kinh tế - xã hội 9 tháng") is no period of its own
        bare = re.compile(r"(?<![\d/.,])0?" + str(int(n)) + r" thang(?![a-z/])")
        m = bare.search(self.folded, head[1], lead_end)
        if m:
            period, kind = months_so_far(int(n), month.year)
            return Period(m.start(), m.end(), period, month.year, kind, True)
        return None

    def subject_province(self, start: int, pos: int) -> str | None:
        """The province a figure at ``pos`` is about: the last one named in
        ``[start, pos)`` as a subject, else the host site's."""
        names = [p for p in self.provinces_in(start, pos)
                 if not COMPARATIVE_BEFORE.search(self.folded[max(start, p.start - 20):p.start])
                 and not self._in_closed_aside(start, p.start, pos)]
        if names:
            return names[-1].name
        the_city = _THE_CITY.search(self.folded, start, pos) if self.host and self.host not in CENTRAL_CITIES else None
        if the_city and not self.nfc[the_city.end() + 1:the_city.end() + 2].isupper():  # not "thành phố Vũng Tàu"
            # "toàn thành phố tiếp nhận ..." on a province's site: the centrally-run city the text
            # just named (an old province's paper on the new TP. Hồ Chí Minh), not the host
            city = [p for p in self.provinces_in(max(0, start - _CITY_REACH), start) if p.name in CENTRAL_CITIES]
            if city:
                return city[-1].name
        return self.host

    def _in_closed_aside(self, start: int, at: int, pos: int) -> bool:
        """Whether ``at`` sits in a parenthesis opened after ``start`` and closed before ``pos``
        ("(bao gồm số liệu của tỉnh Hải Dương cũ ...), đã giải quyết ...": the aside's province is
        not the figure's subject). Bounded by ``start`` so that a long page costs no more."""
        f = self.folded
        return f.find(")", at, pos) >= 0 and f.rfind("(", start, at) > f.rfind(")", start, at)
