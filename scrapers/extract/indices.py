"""Index and component names, as acronyms and full Vietnamese names.

All patterns are folded (lower case, no diacritics), so "Chỉ số CCHC", "chi so
cchc" and "CHỈ SỐ CCHC" are one pattern. DDCI (which scores a province's own
departments and districts) and PAR/competitiveness indices *of departments* are
recognised only so that the rules can refuse their numbers.
"""
from __future__ import annotations

import re
from dataclasses import dataclass

#: pseudo-index whose numbers are never a province's result
BLOCKED = "BLOCKED"

# order matters: a blocked reading must win over the composite index it contains
_INDEX_ALTS: list[tuple[str, str]] = [
    (BLOCKED, r"ddci|chi so nang luc canh tranh cap (?:so|huyen|dia phuong|xa)"
              # "(PAR Index)" may stand between the name and whose index it is
              r"|(?:chi so (?:cai cach hanh chinh|cchc|par)(?: \((?:par index|cchc|par)\))?|par index)(?: nam \d{4})?"
              r" (?:cua|doi voi|tai) (?:cac )?"
              r"(?:so|ban|nganh|co quan|don vi|huyen|thi xa|xa|phuong|bo)\b"
              r"|chi so (?:cai cach hanh chinh|cchc)(?: \((?:par index|cchc|par)\))?(?: nam \d{4})?"
              r" (?:cua|doi voi|tai) (?:cac )?"
              r"(?:ubnd|uy ban nhan dan) (?:cac )?(?:cap )?(?:huyen|xa|phuong)"
              r"|chi so (?:cai cach hanh chinh|cchc) cap (?:so|huyen|xa)"
              # districts' and firms' digital-transformation and competitiveness scores
              r"|chi so (?:danh gia )?(?:muc do )?(?:chuyen doi so|cds)(?: nam \d{4})?"
              r" (?:cap (?:huyen|xa|so)|cua (?:cac )?(?:so|huyen|xa|don vi|co quan|doanh nghiep)|doanh nghiep)"
              r"|chi so nang luc canh tranh (?:du lich|cua doanh nghiep|doanh nghiep|nganh|quoc gia)"
              # other published indices a reform article cites beside ours ("Cùng với DTI, Chỉ số
              # PII năm 2024 của tỉnh xếp thứ 15/34"): their ranks are not a schema index's
              r"|pii|chi so doi moi sang tao(?: cap (?:dia phuong|tinh))?|hdi|chi so phat trien con nguoi"
              r"|lpi|chi so (?:hieu qua )?logistics|pobi|chi so cong khai ngan sach"
              r"|iip|chi so san xuat cong nghiep|chi so gia tieu dung"),
    ("SERVICE_INDEX_766", r"(?:bo )?chi so (?:danh gia )?(?:chat luong )?phuc vu nguoi dan(?:,| va) doanh nghiep"
                          # the official name: "Bộ chỉ số chỉ đạo, điều hành và đánh giá chất lượng phục vụ ..."
                          r"|(?:bo )?chi so chi dao,? dieu hanh va danh gia chat luong phuc vu nguoi dan(?:,| va) doanh nghiep"
                          r"|(?:bo )?chi so 766"),
    # "trong bảng xếp hạng do Bộ Nội vụ công bố ngày 17/4/2024, Thái Nguyên ... đứng thứ 9": the
    # ministry's ranking of the provinces is the PAR Index
    ("PAR_INDEX", r"par[ -]?index|chi so par\b|chi so (?:cai cach hanh chinh|cchc)"
                  r"|bang xep hang (?:do|cua) bo noi vu(?: cong bo)?"),
    # "Chỉ số hài lòng" alone also names hospitals' and one-stop shops' own surveys: SIPAS is
    # the satisfaction with the *administration's* service
    ("SIPAS", r"sipas|chi so (?:do luong )?(?:do |muc do |su )?hai long(?: cua [^.;()]{0,60}?)? (?:ve|doi voi) "
              r"(?:su )?phuc vu(?: cua)? (?:(?:cac )?co quan )?hanh chinh(?: nha nuoc)?"),
    ("PAPI", r"papi|chi so hieu qua quan tri va hanh chinh cong(?: cap tinh)?"),
    ("PCI", r"(?<![a-z])pci|chi so nang luc canh tranh(?: cap tinh)?"),
    ("PGI", r"(?<![a-z])pgi|chi so xanh(?: cap tinh)?"),
    ("DTI", r"p?dti|chi so (?:danh gia )?(?:muc do )?(?:chuyen doi so|cds)(?: cap tinh)?"
            r"|bo chi so (?:danh gia )?chuyen doi so"),
    ("ICT_INDEX", r"(?:vietnam )?ict[ -]?index|chi so ict|chi so san sang (?:cho )?phat trien va ung dung "
                  r"(?:cong nghe thong tin|cntt)"),
    ("EGOV_MIC", r"(?:xep hang |muc do )+ung dung (?:cong nghe thong tin|cntt),?(?: va)? phat trien chinh "
                 r"(?:phu|quyen) dien tu|xep hang chinh (?:phu|quyen) dien tu"),
]

INDEX_RE = re.compile(
    r"(?<![a-z0-9])(?:" + "|".join(f"(?P<g{i}>{alt})" for i, (_, alt) in enumerate(_INDEX_ALTS)) + r")(?![a-z0-9])"
)
_GROUP_INDEX = {f"g{i}": name for i, (name, _) in enumerate(_INDEX_ALTS)}

#: plausible score range per index (composite and components share it)
SCORE_RANGE: dict[str, tuple[float, float]] = {
    "PAR_INDEX": (0, 100), "SIPAS": (0, 100), "PAPI": (0, 80), "PCI": (0, 100), "PGI": (0, 100),
    "DTI": (0, 1), "ICT_INDEX": (0, 1), "EGOV_MIC": (0, 1), "SERVICE_INDEX_766": (0, 100),
}
#: indices printed as a percentage ("82,92%"), so "đạt 86,57%" is a score
PERCENT_SCORED = frozenset({"PAR_INDEX", "SIPAS"})
#: indices on a 0–1 scale, so a bare "đạt 0,6077" is a score
UNIT_SCALE = frozenset({"DTI", "ICT_INDEX", "EGOV_MIC"})

_PAR_COMPONENTS = [
    ("Công tác chỉ đạo, điều hành CCHC", r"(?:cong tac )?chi dao,? dieu hanh(?: (?:cai cach hanh chinh|cchc))?"),
    ("Cải cách thể chế", r"cai cach the che|xay dung va to chuc thuc hien the che"),
    ("Cải cách thủ tục hành chính", r"cai cach (?:thu tuc hanh chinh|tthc)"),
    ("Cải cách tổ chức bộ máy hành chính", r"cai cach (?:to chuc )?bo may(?: hanh chinh)?(?: nha nuoc)?"),
    ("Cải cách chế độ công vụ", r"cai cach (?:che do )?cong vu(?:,? cong chuc)?"),
    ("Cải cách tài chính công", r"cai cach tai chinh cong"),
    ("Xây dựng và phát triển Chính quyền điện tử, Chính quyền số",
     r"(?:xay dung(?: va phat trien)? )?chinh (?:quyen|phu) (?:dien tu|so)(?:,? chinh (?:quyen|phu) so)?"
     r"|hien dai hoa (?:nen )?hanh chinh"),
    ("Tác động của CCHC đến người dân, tổ chức và phát triển KT-XH",
     r"tac dong cua (?:cai cach hanh chinh|cchc)"),
]
_SIPAS_COMPONENTS = [
    ("Tiếp cận dịch vụ", r"tiep can dich vu(?: hanh chinh cong)?"),
    ("Thủ tục hành chính", r"(?<!cai cach )(?:thu tuc hanh chinh|tthc)"),  # not the PAR area "cải cách TTHC"
    ("Công chức trực tiếp giải quyết công việc", r"cong chuc(?: truc tiep)? giai quyet cong viec"),
    ("Kết quả dịch vụ", r"ket qua(?: cung ung)? dich vu(?: hanh chinh cong)?"),
    ("Tiếp nhận, xử lý góp ý, phản ánh, kiến nghị", r"tiep nhan,? xu ly (?:gop y|phan anh)(?:,? (?:phan anh|kien nghi))*"),
]
_PAPI_COMPONENTS = [
    ("Tham gia của người dân ở cấp cơ sở", r"tham gia cua nguoi dan(?: o cap co so)?"),
    ("Công khai, minh bạch trong việc ra quyết định ở địa phương",
     r"cong khai,? minh bach(?: trong viec ra quyet dinh(?: o dia phuong)?)?"),
    ("Trách nhiệm giải trình với người dân", r"trach nhiem giai trinh(?: voi nguoi dan)?"),
    ("Kiểm soát tham nhũng trong khu vực công", r"kiem soat tham nhung(?: trong khu vuc cong)?"),
    ("Thủ tục hành chính công", r"thu tuc hanh chinh cong"),
    ("Cung ứng dịch vụ công", r"cung ung dich vu cong"),
    ("Quản trị môi trường", r"quan tri moi truong"),
    ("Quản trị điện tử", r"quan tri dien tu"),
]
_PCI_COMPONENTS = [
    ("Gia nhập thị trường", r"gia nhap thi truong"),
    ("Tiếp cận đất đai", r"tiep can dat dai"),
    ("Tính minh bạch", r"tinh minh bach"),
    ("Chi phí thời gian", r"chi phi thoi gian"),
    ("Chi phí không chính thức", r"chi phi khong chinh thuc"),
    ("Cạnh tranh bình đẳng", r"canh tranh binh dang"),
    ("Tính năng động", r"tinh nang dong(?: (?:va tien phong )?cua chinh quyen(?: tinh)?)?"),
    ("Hỗ trợ doanh nghiệp", r"(?:dich vu )?ho tro doanh nghiep"),
    ("Đào tạo lao động", r"dao tao lao dong"),
    ("Thiết chế pháp lý", r"thiet che phap ly(?: (?:va|&) an ninh trat tu)?"),
]
_DTI_COMPONENTS = [
    ("Hoạt động chính quyền số", r"hoat dong chinh quyen so"),
    ("Hoạt động kinh tế số", r"hoat dong kinh te so"),
    ("Hoạt động xã hội số", r"hoat dong xa hoi so"),
    ("Chính quyền số", r"chinh quyen so"),
    ("Kinh tế số", r"kinh te so"),
    ("Xã hội số", r"xa hoi so"),
    ("Nhận thức số", r"nhan thuc so"),
    ("Thể chế số", r"the che so"),
    ("Hạ tầng số", r"ha tang so"),
    ("Nhân lực số", r"nhan luc so"),
    ("An toàn thông tin mạng", r"an toan thong tin mang"),
]
_ICT_COMPONENTS = [
    ("Hạ tầng kỹ thuật", r"ha tang ky thuat"),
    ("Hạ tầng nhân lực", r"ha tang nhan luc"),
    ("Ứng dụng CNTT", r"ung dung (?:cntt|cong nghe thong tin)"),
    ("Công nghiệp CNTT", r"cong nghiep (?:cntt|cong nghe thong tin)"),
]

COMPONENTS: dict[str, list[tuple[str, str]]] = {
    "PAR_INDEX": _PAR_COMPONENTS, "SIPAS": _SIPAS_COMPONENTS, "PAPI": _PAPI_COMPONENTS,
    "PCI": _PCI_COMPONENTS, "PGI": [], "DTI": _DTI_COMPONENTS, "ICT_INDEX": _ICT_COMPONENTS,
    "EGOV_MIC": [], "SERVICE_INDEX_766": [],
}


def _compile_components(items: list[tuple[str, str]]) -> tuple[re.Pattern[str] | None, dict[str, str]]:
    if not items:
        return None, {}
    names = {f"c{i}": name for i, (name, _) in enumerate(items)}
    body = "|".join(f"(?P<c{i}>{pat})" for i, (_, pat) in enumerate(items))
    return re.compile(r"(?<![a-z0-9])(?:" + body + r")(?![a-z0-9])"), names


_COMPONENT_RES = {idx: _compile_components(items) for idx, items in COMPONENTS.items()}

#: words that say "the composite", resetting a component
COMPOSITE_RE = re.compile(r"(?<![a-z])(?:chi so|diem|ket qua) (?:chung|tong hop|tong the)|tong diem")


@dataclass(frozen=True)
class Mention:
    start: int
    end: int
    name: str  # index code, BLOCKED, or a component's canonical name


#: every alternative of INDEX_RE contains one of these, so only windows around them are scanned
_KEYWORDS = ("chi so", "ddci", "par", "sipas", "papi", "pci", "pgi", "dti", "ict", "ung dung", "xep hang chinh",
             "bo noi vu", "pii", "hdi", "lpi", "pobi", "iip")
_WINDOW = 200  # longer than any index name


def _windows(folded: str) -> list[tuple[int, int]]:
    """Merged spans around every keyword occurrence (a 2 MB page has few)."""
    spans: list[tuple[int, int]] = []
    n = len(folded)
    for kw in _KEYWORDS:
        i = folded.find(kw)
        while i != -1:
            spans.append((max(0, i - _WINDOW), min(n, i + _WINDOW)))
            i = folded.find(kw, i + 1)  # every occurrence: a name may start late in a window
    spans.sort()
    merged: list[tuple[int, int]] = []
    for a, b in spans:
        if merged and a <= merged[-1][1]:
            merged[-1] = (merged[-1][0], max(merged[-1][1], b))
        else:
            merged.append((a, b))
    return merged


def _matches(folded: str) -> list[re.Match[str]]:
    out: list[re.Match[str]] = []
    last_end = -1
    for a, b in _windows(folded):
        # a window never starts inside a match: every match holds a keyword within _WINDOW of its start
        for m in INDEX_RE.finditer(folded, a, b):
            if m.start() >= last_end:
                out.append(m)
                last_end = m.end()
    return out


#: "Chỉ số CCHC năm 2023 của các bộ, cơ quan ngang bộ, UBND các tỉnh, thành phố": an
#: announcement that covers the provinces too is not only the ministries' index
_ALSO_PROVINCES = re.compile(r"[^.;:!?\n]{0,80}?(?<![a-z])(?:cac )?tinh(?:,? (?:thanh pho|tp)|(?=\s*[.;\n]|\s*$))")
_PAR_NAME = re.compile(r"(?:chi so (?:cai cach hanh chinh|cchc|par)|par index)(?: nam \d{4})?")


def find_indices(folded: str) -> list[Mention]:
    """Index mentions; adjacent restatements ("Chỉ số CĐS (DTI)") become one."""
    out: list[Mention] = []
    for m in _matches(folded):
        name = _GROUP_INDEX[m.lastgroup or ""]
        if name == BLOCKED and _ALSO_PROVINCES.match(folded, m.end()):
            par = _PAR_NAME.match(folded, m.start())
            if par:
                out.append(Mention(m.start(), par.end(), "PAR_INDEX"))
                continue
        if out and out[-1].name == name and re.fullmatch(r"[\s(),:-]*", folded[out[-1].end:m.start()]):
            out[-1] = Mention(out[-1].start, m.end() + (1 if folded[m.end():m.end() + 1] == ")" else 0), name)
            continue
        out.append(Mention(m.start(), m.end(), name))
    return out


def find_components(folded: str, index: str) -> list[Mention]:
    """Mentions of ``index``'s components, named canonically."""
    regex, names = _COMPONENT_RES.get(index, (None, {}))
    if regex is None:
        return []
    return [Mention(m.start(), m.end(), names[m.lastgroup or ""]) for m in regex.finditer(folded)]
