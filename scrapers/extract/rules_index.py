"""Index results stated in prose: scores, ranks, changes, previous values.

The rule walks each sentence left to right over *anchors* (index, component,
province, year, blockers) and *values* (score, rank, change, leader,
enumeration). Anchors set the current subject; a value fills a slot of the fact
for the current (index, component, province, year). This is the grammar of the
genre: "<index> của tỉnh năm 2022 đạt <score>, xếp hạng <rank>; tăng <n> bậc"
with components inheriting the governing index and year, and a named province
("Quảng Ninh dẫn đầu với 90,1 điểm") taking over from the host site's province.

Values are refused, never guessed, when the subject is not a province (a
ministry, a department, a district, DDCI, a national average, the highest or
lowest score), when the clause states a target ("phấn đấu"), a regional rank
("khu vực ĐBSCL") or a group ("một trong 10 địa phương dẫn đầu").
"""
from __future__ import annotations

import functools
import re
from dataclasses import dataclass, field
from typing import Any

from .document import Document
from .gazetteer import CENTRAL_CITIES
from .indices import (BLOCKED, COMPOSITE_RE, PERCENT_SCORED, SCORE_RANGE, UNIT_SCALE, Mention,
                      find_components)
from .numbers import ARROWS_DOWN, ARROWS_UP, NUM, NUM_U
from .sentences import Sentence, clause_bounds, paren_spans
from .subjects import (CITY_BEFORE, COMPARATIVE_BEFORE, HOST_RE, NONPROV_RE, PAST_RE, PUBLISHER_BEFORE, REGIONAL_RE,
                       TARGET_RE, is_body_keyword)

_RANK_WORD = (r"(?:(?:xep|dung)(?: o)? (?:hang|thu|vi tri)(?: thu)?|(?:thu hang|hang|vi tri)(?: thu| so)?"
              r"|(?:(?<=len )|(?<=xuong )|(?<=chi con ))(?:vi tri |hang )?thu|(?<=va )thu(?= \d)|(?<=, )thu(?= \d{1,2} ve )|(?<=\()thu(?= \d)"
              r"|thu(?= \d{1,2} ?/ ?\d{2}(?!\d))"
              # "Hà Giang (79,85%, thứ 60)": a bare "thứ" closing a province's parentheses
              r"|(?<=\()thu(?= (?:nhat|nhi|hai|ba|tu|nam|sau|bay|tam|chin|muoi)[,;)])|(?<=%, )thu(?= \d{1,2}\s?[);])|(?<=diem, )thu(?= \d{1,2}\s?[);])|(?<=; nam (?:19|20)\d\d )thu(?= \d{1,2}\s?\)))")  # "xuống thứ 58/63", "Đắk Nông thứ 52/63"
_ORD_WORD = r"(?:nhat|nhi|hai|ba|tu|nam|sau|bay|tam|chin|muoi)"
#: a later ordinal of a list, which may be a province's name starting ("xếp thứ hai và Nam Định
#: xếp thứ ba" is no "thứ hai và năm")
_ORD_ITEM = r"(?:nhat|nhi|hai(?! (?:duong|phong))|ba(?! ria)|tu|nam(?! dinh)|sau|bay|tam(?! (?:ky|diep))|chin|muoi)"
#: "lần lượt xếp", "lần lượt giữ các vị trí", "theo thứ tự ở vị trí" (not "theo thứ tự từ cao xuống thấp")
_RESPECTIVELY = (r"(?:(?:lan luot|theo thu tu(?! tu | giam))(?: (?:xep|dung|giu|chiem|o)(?: o| cac)?)?(?: o)? "
                 # "Đà Nẵng và Thừa Thiên Huế xếp thứ hai, thứ ba": two ranks or more for as many provinces
                 r"|(?<=[a-z] )(?:xep|dung)(?: o)? )")
VALUE_RE = re.compile(
    r"(?<![a-z0-9])(?:"
    r"(?P<ll>" + _RESPECTIVELY + r"(?:(?:hang|vi tri) )?(?:thu )?"
    r"(?P<ll_v>\d{1,2}(?:/\d{2})?(?:(?:, ?| va )(?:thu )?\d{1,2}(?:/\d{2})?){1,10})(?![\d]|[.,]\d|\s?(?:diem|%|bac))"
    r"|" + _RESPECTIVELY + r"(?:(?:hang|vi tri) )?thu "
    r"(?P<ll_w>" + _ORD_WORD + r"(?:(?:, ?| va )(?:thu )?" + _ORD_ITEM + r"){1,10})(?![a-z0-9])"
    # "A (...), B (...) và C (...) lần lượt ở các vị trí từ thứ 2 đến thứ 4": a range, one rank each
    r"|lan luot (?:o |dung o |xep o |nam o |chiem )?(?:cac )?(?:vi tri|hang) tu (?:thu )?(?P<ll_a>\d{1,2})"
    r" den (?:thu )?(?P<ll_b>\d{1,2})(?![\d/]))"
    # "Sơn La và Điện Biên lần lượt tăng 18 và 14 bậc": one rank change per province listed before
    r"|(?P<llc>lan luot (?P<llc_v>tang|giam|tut|lui) (?P<llc_n>\d{1,2}(?:(?:, ?| va )\d{1,2}){1,10}) (?:bac|hang)(?![a-z]))"
    r"|(?P<lls>lan luot (?:dat|la|dat duoc|co so diem|dat so diem)\s?:?\s?"
    r"(?P<lls_v>\d+(?:[.,]\d+)?\s?(?:diem|%)?(?:\s?(?:;|,|va|, va)\s\d+(?:[.,]\d+)?\s?(?:diem|%)?){1,10}))"
    r"|(?P<fr>tu " + _RANK_WORD + r" (?P<fr_a>\d{1,2})(?: (?:nam |cua nam )?(?:19|20)\d{2})?,? (?:len|xuong)"
    r"(?: " + _RANK_WORD + r")? (?P<fr_b>\d{1,2}))"
    r"(?![\d]|[.,]\d)"
    r"|(?P<fs>tu (?P<fs_a>" + NUM + r")(?: diem| ?%)? (?:len|xuong|tang len|giam xuong) (?P<fs_b>" + NUM + r") ?(?P<fs_u>diem|%))"
    r"|(?P<rc>(?P<rc_v>tang|giam|tut|sut|lui|thang|vuot|nhay|cai thien|ha)(?: (?:them|len|xuong))?(?: (?:duoc|mat))?"
    r" (?P<rc_n>\d{1,2}) (?:bac|hang|vi tri|cap|thu hang)(?![a-z])"
    # a social post's arrow after a rank: "hạng 27/63 ⬆️3", "⬇️ 6 bậc"
    r"|(?<=[\d\s])(?P<rc_a>[" + ARROWS_UP + ARROWS_DOWN + r"])\ufe0f?\s?(?P<rc_an>\d{1,2})(?![\d.,%/])(?: (?:bac|hang)(?![a-z]))?)"
    r"|(?P<sc>(?P<sc_v>tang|giam|tut|sut|cao hon|thap hon)(?: (?:them|len|xuong))?(?: (?:duoc|mat))?"
    r"(?: so voi)?(?: (?:nam (?:truoc|\d{4})|cung ky))? (?P<sc_n>" + NUM_U + r") ?(?:% )?diem)"
    r"|(?P<llr>(?:(?:xep|dung)(?: o)? (?:hang|thu|vi tri)(?: thu)?|(?<![a-z] )vi tri thu)"
    r" (?:(?P<llr_v>\d{1,2}(?:(?:, ?| va )\d{1,2}){1,10})"
    r"|(?P<llr_w>" + _ORD_WORD + r"(?:(?:, ?| va )thu " + _ORD_WORD + r"){1,10}))"
    # "vị trí thứ hai và thứ ba thuộc về A và B": the order is the provinces' order
    r" (?:lan luot )?(?:la|thuoc ve)(?![a-z])"
    r"|(?:cac )?vi tri tu (?:thu )?(?P<llr_a>\d{1,2}) den (?:thu )?(?P<llr_b>\d{1,2}) lan luot (?:la|thuoc ve)(?![a-z]))"
    # "Hà Nam xếp thứ 19, Ninh Bình thứ 28 và Nam Định thứ 32": the verb is left out after the
    # first province of a list (``rk_bare`` is kept only right after a province, see ``_events``)
    r"|(?P<rk>(?:" + _RANK_WORD + r"|(?P<rk_bare>(?<=[a-z] )thu)):? (?:(?P<rk_n>\d{1,2})(?!\d|[.,]\d|\s?(?:diem|%|bac|hang|nam(?! (?:19|20)\d\d)|thang|ngay|nghin|ngan|trieu|ty|nguoi))"
    # "giữ hạng ba": after "hạng" only the words that cannot be "hàng năm" (every year) and the like
    r"|(?:(?<=thu )|(?<=hang )(?=(?:nhat|nhi|ba|tu(?! (?:nam|thang|ngay|khi|dau|cao|thap|thu|hang|vi tri|nhom|top|muc)(?![a-z])))(?![a-z])))(?P<rk_w>nhat|nhi|hai|ba|tu|nam|sau|bay|tam|chin|muoi)"
    r"(?![a-z0-9]| \d))"
    r"(?:\s?/\s?(?P<rk_of>\d{1,2})(?!\d)| tren (?:tong so )?(?P<rk_of2>\d{2}) (?:tinh|dia phuong)"
    r"| trong (?:tong )?(?:so )?(?P<rk_of3>\d{2}) (?:tinh|dia phuong))?)"
    r"|(?P<lead>dan dau|dung dau|vi tri so (?:1|mot)|(?:dung|xep) so (?:1|mot)(?![\d.,/])|quan quan|hang nhat|ngoi dau|vi tri thu nhat|xep thu nhat|dau bang)"
    r"|(?P<second>a quan)(?![a-z])"
    # "(2021: 80,12%; 2022: 81,95%; 2023: 84,33%)": one score per year
    r"|(?P<ys>\(\s*(?:nam )?(?:19|20)\d{2}\s?:\s?" + NUM + r"\s?(?:%|diem)?"
    r"(?:\s?[;,]\s?(?:nam )?(?:19|20)\d{2}\s?:\s?" + NUM + r"\s?(?:%|diem)?){1,10}\s*\))"
    # "xếp theo thứ tự từ cao xuống thấp: A (..), B (..)", "ba vị trí dẫn đầu lần lượt là A, B và C"
    r"|(?P<top>(?:xep )?theo thu tu (?:tu cao xuong thap|giam dan)(?: (?:nhu sau|la))?\s?:?"
    r"|(?:hai|ba|bon|nam|\d) (?:vi tri|dia phuong) (?:dan dau|dau tien|cao nhat|dung dau)(?: (?:bang xep hang|ca nuoc))?"
    r"(?: lan luot)? (?:la|thuoc ve)\s?:?)"
    r"|(?P<enum>(?:tiep (?:do|den|theo|sau do)|theo sau|ke (?:tiep|den)|xep sau|tiep theo sau do"
    # "Xếp sau Thừa Thiên Huế là Đà Nẵng (...) và Quảng Ninh (...)": after the leader just named
    r"|(?:xep|dung) sau (?P<enum_gap>[^,;.()\d]{2,30})),?"
    r" (?:(?:lan luot )?la|gom(?: co)?|co)(?![a-z])"
    r"|(?:(?:hai|ba|bon|nam|\d)|cac) vi tri (?:ke tiep|tiep theo|sau do)(?: theo thu tu| lan luot)? (?:thuoc ve|la)(?![a-z]))"
    r"|(?P<s>(?P<s_n>" + NUM_U + r")\s?(?P<s_u>(?:/\s?\d{1,3}(?:[.,]\d{1,2})?\s?)?(?:diem|% diem|%)))"
    r"|(?P<cs>(?:(?<=[a-z] )|(?<=[a-z]: ))(?P<cs_n>0[.,]\d{2,4})(?![\d%]|[.,]\d|\s?(?:diem|%)))"
    r"|(?P<sb>(?:dat|voi|dat duoc|dat muc|la|bang|voi (?:diem so|so diem|tong (?:so )?diem)|diem (?:tong hop|chung)|tong diem)"
    r"\s?:?\s(?P<sb_n>\d+[.,]\d+)"
    r"(?!\d|[.,]\d|\s?(?:diem|%|/|trieu|ty|nghin|ngan|lan|ngay|gio|nam|ha|km)))"
    r")"
)
#: "nằm trong nhóm 5 tỉnh dẫn đầu": a group, not the first place ("của 63 tỉnh: Quảng Ninh dẫn đầu" is)
_LEAD_GROUP = re.compile(r"mot trong|nhom|top|(?<![a-z])(?:tung )?nhieu (?:nam|thang|lan|ky)|\d+ (?:tinh|dia phuong|don vi)(?![^:]*:)|nguoi\s*$|doan|do (?:ong|ba|dong chi)"
                         r"|(?:\d+|nhieu|hai|ba|bon|nam) lan\s*$")  # "đã 5 lần đứng đầu": a count of years, not a rank
#: provinces in the largest region (trung du và miền núi phía Bắc): a higher rank is national
_LARGEST_REGION = 14
_NATIONWIDE = re.compile(r"(?<![a-z])(?:ca nuoc|toan quoc|/63|63 tinh)(?![a-z])")
_REGION_NAMES = re.compile(r"(?P<dnb>dong nam bo)|(?P<tn>tay nguyen)|(?P<btb>bac trung bo)"
                           r"|(?P<ntb>nam trung bo|duyen hai mien trung)|(?P<dbsh>dong bang song hong)"
                           r"|(?P<dbscl>dong bang song cuu long|dbscl|tay nam bo)")
_REGION_SIZES = {"dnb": 6, "tn": 5, "btb": 6, "ntb": 8, "dbsh": 11, "dbscl": 13}
#: "dẫn đầu 34 tỉnh, thành phố", "đứng đầu cả nước trong số 63 địa phương"
_LEAD_OUT_OF = re.compile(r" (?:(?:ca nuoc|toan quoc) )?(?:(?:trong|tren)(?: tong)?(?: so)? )?(34|63) (?:tinh|dia phuong)(?![a-z])")
_LEAD_NOT_RANK = re.compile(r"[^;]{0,30}(?:muc tang|toc do|so bac tang|muc cai thien|ve so)")
_VS_NATIONAL = re.compile(r"[^;]{0,25}so voi (?:diem |muc )?(?:trung binh|binh quan|ca nuoc|toan quoc)")
_PREV_BEFORE = re.compile(r"(?:so voi|(?:cao|thap) hon(?: so voi)?) (?:cung ky )?(?:nam (?:\d{4}|truoc|ngoai)|cung ky(?: nam (?:\d{4}|truoc))?"
                          # a monthly index: "tăng 2 bậc so với tháng 4/2024 (86,90 điểm, xếp thứ 5)"
                          r"|ky truoc|thang (?:truoc|lien ke|\d{1,2}(?:(?:/| nam )\d{4})?))\s*$")
#: the month a monthly index is compared with ("so với tháng 4/2024")
_PREV_MONTH = re.compile(r"thang (\d{1,2})(?:(?:/| nam )(\d{4}))?\s*$")
_PREV_INNER = re.compile(r"\s*(?:nam\s*)?(?P<y>(?:19|20)\d{2})\s*(?::|,|-|la |dat |xep |dung |thu (?=\d))")
_CMP_YEAR = re.compile(r"so voi (?:cung ky )?nam (\d{4})")
_COMP_CONTEXT = re.compile(r"chi so thanh phan|linh vuc|tieu chi|tru cot|chi so con|noi dung thanh phan"
                           r"|chi so chinh|thanh phan")
_COMP_PREFIX = re.compile(r"(?:chi so|linh vuc|noi dung|tieu chi|tru cot|ve|rieng)\s*$")
_RANGE_RANK = re.compile(r"\s?(?:tro len|tro xuong|tro ve (?:truoc|sau))(?![a-z])")
_AFTER_VALUE_BAD = re.compile(r"\s?(?:tro len|tro xuong|tro ve truoc)"
                              # "100% cơ quan ...", "95% kế hoạch": a share of something, not a score
                              r"|(?<=%) (?:cac |so )?(?:co quan|ho so|don vi|xa|phuong|nguoi|doanh nghiep|thu tuc"
                              r"|tthc|van ban|can bo|cong chuc|dich vu|ke hoach|nhiem vu|benh vien|truong|tai khoan"
                              r"|phieu|y kien|chi tieu|muc tieu|dan so|ho gia dinh)(?![a-z])")
_BEFORE_VALUE_BAD = re.compile(r"(?:chiem|tren|hon|duoi|gan|khoang|toi|toi da|it nhat|toi thieu|ty le|(?<!giu )(?<!giu vung )(?<!dat )(?<!o )muc"
                               # the top of a band: "33 địa phương đạt từ 0,4 đến 0,5 điểm"
                               r"|\d(?:\s?(?:diem|%))?\s+den)\s*$")

#: a sentence whose subject is a province named first, after at most a short fronted phrase:
#: "Đồng Tháp đạt 89,86%, ...", "Trong khi đó, Bạc Liêu chỉ đạt ...", "Ở cấp tỉnh, Đà Nẵng ..."
#: a short fronted phrase ending in a comma ("Ở cấp tỉnh, ", "Trong khi đó, ")
_FRONTED = r"(?:[^,;:()]{0,40},\s*)"
_FRONTED_OPEN = re.compile(_FRONTED + r"{0,2}")
_SUBJECT_OPEN = re.compile(
    # "Theo kết quả đánh giá được Văn phòng Chính phủ công khai trên Cổng Dịch vụ công quốc gia, ...": a
    # source named first, however long
    # "(Baothanhhoa.vn) - ...": a paper's dateline first
    r"(?:\([^()]{1,30}\)\s*[-–—]\s*)?"
    r"(?:theo [^,;:()]{0,120},\s*)?" + _FRONTED + r"{0,2}(?:nhom [a-z0-9]+ (?:chi )?(?:co|gom) )?"
                           # "Trước sắp xếp, tháng 6/2025 tỉnh Tiền Giang đạt ...": a period without a comma
                           r"(?:(?:thang|quy) (?:\d{1,2}|[iv]{1,3})(?:/(?:19|20)\d\d)? |nam (?:19|20)\d\d )?"
                           # "Tỉnh bạn Bắc Ninh xếp thứ 7": a neighbour named as the subject
                           r"(?:(?:tinh|thanh pho|tp\.?)(?: (?:ban|lang gieng|lan can))?\s*)?")
#: "Địa phương xếp cuối bảng là Bình Thuận với 78,52%": the province is named as what the
#: sentence's subject is
_IS_PROVINCE = re.compile(r"(?:dia phuong|tinh|don vi|thanh pho)[^,;:()]{0,40}\sla\s+(?:(?:tinh|thanh pho|tp\.?)\s*)?")
#: "<anything short> là <province>": the province is the subject of what follows it
_ANY_IS = re.compile(r"[^,;:()]{0,50}\sla\s+(?:(?:tinh|thanh pho|tp\.?)\s*)?")
#: a sentence that goes on down the ranking the previous one started
_ENUM_OPEN = re.compile(_FRONTED + r"?(?:cac |nhung )?(?:vi tri|dia phuong|tinh)?\s*"
                        r"(?:tiep (?:do|den|theo|sau do)|theo sau|ke (?:tiep|den)|xep sau)")
#: "đứng thứ hai", "xếp thứ ba": ordinals written as words (only after "thứ", so that
#: "Huân chương Lao động hạng Ba" stays an award)
_ORDINAL_WORDS = {"nhat": 1, "nhi": 2, "hai": 2, "ba": 3, "tu": 4, "nam": 5, "sau": 6, "bay": 7, "tam": 8,
                  "chin": 9, "muoi": 10}
_PAREN_VALUE = re.compile(r"\s*\(\s*(?:(?:tang|giam|xep|dung|dat|hang|thu)\s|\d{1,3}(?:[.,]\d+)?\s?(?:diem|%))")
_AVERAGE_CMP = re.compile(r"(?:cao hon|thap hon|so voi|vuot|hon|bang|ngang|tren|duoi)(?: (?:muc|diem|gia tri|chi so))?\s*$")
_AVERAGE_TAIL = re.compile(r"(?:\s*(?:ca nuoc|toan quoc|cua ca nuoc|chung))?(?:\s*\([^()]{0,30}\))?")
_ABOUT = re.compile(r"\s*(?:(?:ca nuoc|toan quoc)\s+)?(?:ve|o)\s+(?:(?:linh vuc|chi so(?: thanh phan)?|tru cot|noi dung(?: thanh phan)?)\s+)?")
_AND_COMPONENT = re.compile(r"\s*(?:,|va|,\s*va)\s*(?:(?:linh vuc|chi so(?: thanh phan)?|tru cot)\s+)?")
_THEN_IS = re.compile(r"\s*,?\s*(?:lan luot )?(?:la|gom(?: co)?|co)(?![a-z])")
_BARE_GAP = re.compile(r"\s*:?\s*")
#: a method's maxima ("tối đa 9 điểm", "thang điểm 100"), which a list goes on with
_MAXIMUM = re.compile(r"(?<![a-z])(?:toi da|thang diem) \d")
_RESULT_WORD = re.compile(r"(?<![a-z])(?:dat|xep|dung (?:thu|o|dau)|tang|giam|con|duoc)(?![a-z])")
#: a province's own estimate, not a published result
_SELF_ASSESSED = re.compile(r"(?<![a-z])(?:tu danh gia|tu cham(?: diem)?|uoc dat|uoc tinh|du kien dat)(?![a-z])")
#: a change over several years ("tăng 23 bậc sau 4 năm", "Sau 4 năm, ... tăng 25 bậc"): no one
#: year's rank change
_MULTI_YEAR = re.compile(r"(?<![a-z])(?:sau|trong|qua|suot|tinh chung)\s(?:\d{1,2}|hai|ba|bon|nam|sau|bay|tam|chin|muoi)"
                         r"\s(?:nam|nhiem ky)(?![a-z])|(?<![a-z])ca nhiem ky(?![a-z])")
_OWN_SCORE = re.compile(r"\s*\(\s*(?:dat\s+|voi\s+)?(?P<v>\d+(?:[.,]\d+)?)\s?(?:diem|%)?\s*\)")
_PAREN_AFTER = re.compile(r"\s*\([^()]{0,40}\)")
#: "Năm 2018, tỉnh đạt ...": the host province (or the one the last sentence named) as subject
#: what "tỉnh" as a subject does, after up to two adverbs ("tỉnh chỉ đứng thứ 31")
_ADVERB = r"(?:da|tiep tuc|van|chi|moi|cung|lai|lan luot)"
_SUBJECT_VERB = r"(?:dat|xep|dung|tang|giam|vuon len|dan dau|dung dau)(?![a-z])"
_HOST_SUBJECT = re.compile(r"(?:theo [^,;:()]{0,120},\s*)?" + _FRONTED + r"{0,2}"
                           # "tháng 1/2024 tỉnh đạt 78,42 điểm": a period without a comma
                           r"(?:(?:nam (?:19|20)\d{2}|thang \d{1,2}(?:/(?:19|20)\d{2})?|quy [ivx]+(?:/(?:19|20)\d{2})?),?\s+)?"
                           # "Sang năm 2023, kết quả tiếp tục khởi sắc khi tỉnh đạt 86,77%": a clause led by "khi"
                           r"(?:[^,;:()\d]{0,40}\skhi\s+)?(?:tinh|thanh pho)\s+(?:" + _ADVERB + r"\s+){0,2}"
                           + _SUBJECT_VERB)
#: a sentence whose subject is the last one's score or rank: "Sang tháng 2, điểm số tăng lên 80,15 điểm"
_SCORE_SUBJECT = re.compile(_FRONTED + r"{0,2}(?:(?:du|mac du|tuy|du cho)\s+)?(?:diem so|tong diem|thu hang|diem)(?: cua tinh)?\s+(?:" + _ADVERB
                            + r"\s+){0,2}(?:tang|giam|dat|con|len|xuong|tiep tuc)(?![a-z])")
#: "...; năm 2023, tỉnh xếp thứ 2": a clause whose subject is the province itself
_CLAUSE_SUBJECT = re.compile(r"(?:^|(?<=[,;:] )|(?<= [-\u2013\u2014] )|(?<=\d{4} ))tinh(?= (?:" + _ADVERB + r" ){0,2}" + _SUBJECT_VERB + ")")
#: component names that are also everyday words of the genre ("hồ sơ TTHC"): alone, they
#: do not make a sentence go on with the index
_GENERIC_COMPONENTS = frozenset({("SIPAS", "Thủ tục hành chính")})
#: words before an index named after its figures ("xếp thứ 12 trên bảng xếp hạng PCI 2023")
_INDEX_AFTER = re.compile(r"(?<![a-z])(?:ve|o|tai|trong|theo|(?:tren )?(?:bang )?(?:xep hang|danh gia)|tren bxh|bxh|diem)\s*$")
#: a score's words that make it a difference from another figure ("cao hơn mức trung bình 1,2%")
_DIFFERENCE_BEFORE = re.compile(r"(?:cao|thap) hon (?:muc |diem |gia tri )?(?:trung binh|binh quan|trung vi)"
                                r"[^,;.\d]{0,20}$")
#: the size of a ranking in parentheses right after the index's name (and year)
_RANKING_SIZE = re.compile(r"(?: nam (?:19|20)\d\d)?\s*(?:\((?:cua |gom |tren )?(?P<n>63|34) (?:tinh|dia phuong)"
                           r"(?:,? thanh pho)?\)"
                           # "trên bảng xếp hạng DTI năm 2023 của 63 tỉnh, thành phố"
                           r"| (?:cua|giua|gom) (?:ca )?(?P<n2>63|34) (?:tinh|dia phuong)(?![a-z]))")
_INDEX_WORDS = re.compile(r"(?<![a-z])(?:bo )?chi so\s+$")
_LEAD_IN = re.compile(r"[^\d:;.]{0,60}:")
#: the index named before, referred to: "tỉnh dẫn đầu bảng xếp hạng này", "của chỉ số trên"
_ANAPHOR = re.compile(r"(?<![a-z])(?:bang xep hang|chi so|bo chi so|ket qua xep hang) (?:nay|tren)(?![a-z])")
_CONNECTOR = re.compile(r"(?:theo do|cu the|ket qua(?: cho thay)?|voi ket qua (?:nay|do|tren)|nhu vay)[,:]?(?:\s|$)")
_LEAD_IS = re.compile(r"(?:(?:(?:, thanh pho|[^;,.]){0,60}?\s)?(?:la|thuoc ve)\s+"
                      # a card's "Dẫn đầu cả nước: Đà Nẵng (0,6514)"
                      r"|(?: (?:ca nuoc|toan quoc))?\s?:\s*)(?:(?:tinh|thanh pho|tp\.?)\s*)?")
#: a sentence opening with a phrase that ends in a comma right before the index ("Với 87,1 điểm, ")
_FRONTED_END = re.compile(r"[^;:]{0,80},\s*")
#: an aside before the main clause that names where a figure stands: ", nơi Quảng Ninh dẫn đầu"
_ASIDE_OPEN = re.compile(r"(?<![a-z])(?:noi|ma o do|trong do)\s+$")
#: what a province-led sentence that goes on with the index says next: it scored or ranked
#: ("Bến Tre xếp hạng 22/30", "TP. Huế (...) đạt 0,6512 điểm"), not that it did something
#: else that is then ranked ("Tỉnh X đã tích hợp 1.305 dịch vụ công ..., đứng thứ 16/63")
#: between "đứng đầu" and the index it leads: "đứng đầu Chỉ số ...", "dẫn đầu về PCI", "đứng đầu bảng xếp hạng PGI"
_LEAD_OF_INDEX = re.compile(r"\s*(?:ve\s+)?(?:(?:bang )?xep hang\s+)?(?:(?:chi so|bo chi so)\s+)?")
_RESULT_VERB = re.compile(r"\s*(?:\([^()]{0,80}\)\s*)?"
                          # "Đồng Tháp, địa phương dẫn đầu khu vực, đạt ...": an apposition
                          # ("Đồng Tháp, địa phương nhiều năm liền nằm trong top 3, năm nay rơi xuống ...")
                          r"(?:,\s*(?:mot |la )?(?:dia phuong|tinh|thanh pho|don vi)(?![a-z])"
                          r"(?:[^,;()\d]|(?:(?<=top )|(?<=nhom ))\d{1,2}(?!\d|[.,]\d)|(?<=nam )(?:19|20)\d\d(?!\d)){0,60},)?"
                          r",?\s*(?:(?:cung|van|da|tiep tuc|lai|tro lai|tiep tuc la|duoc|mot lan nua|tung|chi"
                          r"|lan thu [a-z]+|lan dau(?: tien)?|nam thu [a-z]+ lien tiep|nam nay|nam qua|nam (?:19|20)\d{2},?)\s+){0,2}"
                          r"(?:dat|xep|dung|tang|giam|tut|sut|lui|vuon|vuot|but pha|nhay|dan dau|roi|len|xuong|co (?:diem|tong diem|chi so|ket qua|so diem|muc (?:cai thien|tang|giam)|buoc (?:tien|nhay))|voi"
                          r"|giu|nam (?:o|trong)|thuoc|o (?:vi tri|vi thu|nhom)|la (?:dia phuong|tinh|don vi)|ve (?:dich|thu|nhat|nhi)"
                          r"|(?:hang|vi tri)(?= (?:thu )?\d)|vi tri(?= (?:so (?:1|mot)|dan dau|dau bang|thu nhat)(?![a-z\d]))|dong(?= hang (?:thu )?\d))(?![a-z])")
#: "... là hai địa phương tăng hạng nhiều nhất, ": the provinces before are a list of subjects
_ARE_THE_N = re.compile(r"\s*(?:cung |deu )?la (?:hai|ba|bon|nam|\d) (?:dia phuong|tinh)(?![a-z])(?:[^;:()\d]|(?:19|20)\d\d){0,60},\s*")
#: a sentence that measures dossiers ("tỷ lệ hồ sơ trực tuyến", "số hồ sơ tiếp nhận")
_DOSSIER_MEASURE = re.compile(r"(?<![a-z])(?:ty le|so) ho so(?![a-z])|ho so (?:truc tuyen|tiep nhan|giai quyet)(?![a-z])")
#: provinces named as examples of a ranking: "những địa phương bứt phá như Lào Cai"
_EXAMPLE_OF = re.compile(r"(?:dia phuong|tinh|don vi)(?: [a-z]+){0,3} nhu\s+$")
#: "tỉnh" as a noun of its own, not "các tỉnh", "63 tỉnh", "tỉnh, thành phố"
_THE_PROVINCE = re.compile(r"(?<![a-z0-9] )(?<![a-z])tinh(?![a-z]|,? thanh pho)")
#: a list of scores after "lần lượt đứng thứ hai, thứ ba": "với 88,70% và 88,02%"
_SCORES_AFTER = re.compile(r",?\s*(?:voi|dat)(?: (?:so diem|diem so|tong diem))?\s+(?P<v>" + NUM_U + r"\s?(?:%|diem)?"
                           r"(?:\s?(?:,|;|va|, va)\s" + NUM_U + r"\s?(?:%|diem)?){1,9})")
#: a sentence about the index nationwide ("Địa phương có kết quả thấp nhất đạt 78,52%", "có 36
#: địa phương tăng hạng"): its figures are refused, but the run of the index goes on
_NATIONAL_TALK = re.compile(r"(?<![a-z])(?:trung binh|trung vi|binh quan|cao nhat|thap nhat|ca nuoc|toan quoc"
                            r"|\d+(?:/\d+)? (?:dia phuong|tinh)(?: ,? thanh pho)?)(?![a-z])")
#: ranks in the order of the figures before them: ", xếp thứ 21 và 16"
_RANKS_AFTER = re.compile(r",?\s*(?:(?:tuong ung|lan luot)(?: (?:voi|la))?\s)?(?:xep hang|xep thu|dung thu|o vi tri|hang)"
                          r"(?: thu)?\s(?P<v>\d{1,2}(?:(?:, | va )(?:thu |hang )?\d{1,2}){1,10})(?![\d/]|[.,]\d)")
#: between a province (or component) and "cao nhất": "<X> có kết quả cao nhất" says X is the best
_OWN_BEST = re.compile(r"\s*,?\s*(?:(?:la |cung )?co (?:(?:ket qua|diem so|so diem|diem|muc do hai long|muc hai long"
                       r"|ty le hai long|chi so|gia tri) )?"
                       # "lĩnh vực cải cách tài chính công xếp thấp nhất, thứ 51/63": the component's own rank
                       r"|(?:van |tiep tuc )?(?:xep|dung|dat diem|dat) )")
_BEST_IS = re.compile(r"\s*(?:la|thuoc ve)\s+(?:(?:chi so|linh vuc|tieu chi|tru cot|noi dung)(?: thanh phan)?\s+)?")
#: "xếp thứ 2 trong số 14 bệnh viện": a rank among things that are not provinces
_AMONG_OTHERS = re.compile(r"\s*(?:trong|tren) (?:tong )?(?:so )?\d+ (?!tinh|dia phuong|don vi hanh chinh|dia ban)[a-z]")
_NATIONWIDE_AFTER = re.compile(r"\s*(?:/\s?63\s*)?(?:ca nuoc|toan quoc|tren ca nuoc|trong ca nuoc)(?![a-z])")
#: "dẫn đầu Kinh tế số", "đứng đầu chỉ số Quản trị điện tử": a leader needs no "về"
_ABOUT_LEAD = re.compile(r"\s*(?:(?:ca nuoc|toan quoc)\s+)?(?:(?:ve|o)\s+)?"
                         # "dẫn đầu cả nước ở 3 lĩnh vực: cải cách thể chế, ...": a count, then the list
                         r"(?:(?:\d|hai|ba|bon|nam|sau|bay) (?:linh vuc|chi so(?: thanh phan)?|tru cot|noi dung(?: thanh phan)?)"
                         r"\s?:\s*|(?:linh vuc|chi so(?: thanh phan)?|tru cot|noi dung(?: thanh phan)?)\s+)?")
#: "tỷ lệ giải ngân vốn đầu tư công chỉ đạt 71,6%": a rate of something else, not a score
_RATE_SUBJECT = re.compile(r"(?<![a-z])ty le [a-z ]{0,50}?(?:chi |moi )?(?:dat|la|chiem|o muc)\s*$")
#: a group below the top ("Nhóm B gồm ..., xếp theo thứ tự từ cao xuống thấp"): its order is not the ranking
_LOWER_GROUP = re.compile(r"(?<![a-z])nhom (?:b|c|d|2|3|4|trung binh|thap|cuoi|kha)(?![a-z])")
#: between a tied rank and the province it is tied with: "đồng hạng 5/63 tỉnh, thành phố với TP. Hà Nội"
_TIE_WITH = re.compile(r"(?:\s?/\s?\d{2})?(?: (?:tinh,? thanh pho|tinh|dia phuong|ca nuoc))?,? voi (?:(?:tp\.?|thanh pho|tinh) ?)?")
#: "A và B cùng tăng 19 bậc", "cùng đạt 68,81 điểm", "A và B đồng hạng 6": each one's figure
_SHARED_BEFORE = re.compile(r"\s+(?:cung\s+(?:(?:duoc|da)\s+)?(?:(?:dat|co|xep|dung)\s+)?|(?P<tie>dong\s+))$")
_BARE_SCORE = re.compile(r"\s*(?P<v>\d{1,3}(?:[.,]\d{1,4})?)\s?(?:diem|%)?\s*")
_YEAR_SCORE = re.compile(r"((?:19|20)\d{2})\s?:\s?(\d+(?:[.,]\d+)*)")
#: a list item led by its period under a lead-in line: "- Tháng 6/2024: 83,41 điểm, hạng 19/63;"
#: a sentence led by a year and a verb, no subject: "Năm 2018 đạt 80,12%"
_YEAR_LED = re.compile(r"nam (?:19|20)\d\d,?\s(?:(?:cung|van|tiep tuc|lai|chi|da)\s)?(?:dat|xep|tang|giam|dung|vuon)(?![a-z])")
#: "Cùng năm, ...", "Cũng trong năm đó, ...": the year last named goes on
_SAME_YEAR = re.compile(r"(?:[^,;:]{0,30},\s*)?(?:cung nam(?: do)?,|(?:cung trong nam(?: do)?|trong cung nam)[,\s])")
_PERIOD_ITEM = re.compile(r"(?:[-+•*]|[^\w\s]{1,2})?\s*(?:thang|nam|quy|ky) [0-9ivx]{1,4}(?:/(?:19|20)\d{2})?\s*:")
#: an infographic's or a card's line for the composite ("🔹 Điểm tổng hợp: 0,4921 | Hạng: 19/63")
#: right under the line naming the index: it goes on with that index
_COMPOSITE_ITEM = re.compile(r"[^\w]{0,4}(?:diem (?:tong hop|tong|chung|so)|tong diem|ket qua chung|chi so chung"
                             r"|diem|xep hang|thu hang)\s*:\s*\d"
                             r"|[^\w]{0,4}(?:dan dau|dung dau)(?: ca nuoc| toan quoc)?\s*:\s*[a-z]")
_SUBJECT_IS = re.compile(r"[^,;:()]{0,40}\sla\s+(?:(?:tinh|thanh pho|tp\.?)\s*)?")
_YEAR_RIGHT_AFTER = re.compile(r"\s(?:nam|(?:trong|vao|cua) nam)\s(?P<y>(?:19|20)\d{2})(?![\d/-])")
_THIS_YEAR = re.compile(r"nam (?:nay|hien nay)(?![a-z])")
_WITH_AFTER = re.compile(r"\s*,?\s*(?:voi|dat)\s")
_ENUM_GAP = re.compile(r"[\s,:]*(?:va\s+|cung\s+)?")
_ENUM_GAP_PREFIX = re.compile(r"[\s,:]*(?:va\s+|cung\s+)?(?:(?:tinh|thanh pho|tp\.?)\s+)?")
_THEN_PROVINCE = re.compile(r",\s*(?:(?:tinh|thanh pho|tp\.?)\s*)?")
_LIST_GAP = re.compile(r"(?:\s*\([^()]{0,40}\))?(?:\s+-\s[^-;]{1,80}\s-)?[\s,]*(?:(?:va|cung)\s+)?"
                       r"(?:(?:tinh|thanh pho|tp\.?)\s*)?")

FIELDS = ("index", "year", "component", "score", "rank", "rank_of", "prev_score", "prev_rank",
          "score_change", "rank_change")


#: the units a small ranking ranks ("4/13 huyện, thành phố"): not provinces
_SUB_UNITS = re.compile(r"\s*(?:huyen|thi xa|xa|phuong|quan|so|ban|nganh|don vi|co quan)(?![a-z])")


@dataclass
class _Fact:
    index: str
    component: str | None
    province: str
    year: int | None
    period: str | None
    start: int
    end: int
    slots: dict[str, Any] = field(default_factory=dict)

    def put(self, slot: str, value: Any) -> bool:
        if slot in self.slots:
            return False
        self.slots[slot] = value
        return True


@dataclass
class _Event:
    start: int
    end: int
    kind: str
    data: Any = None


@dataclass
class _Context:
    """What carries from one sentence to the next."""

    index: str | None = None
    province: str | None = None
    year: int | None = None
    index_year: dict[str, int] = field(default_factory=dict)
    #: the month the last sentence gave the monthly service index: (year, period)
    month: tuple[int, str] | None = None
    rank_of: dict[tuple[str, int | None], int] = field(default_factory=dict)
    #: paragraph of the last sentence that named an index, and the year it named
    paragraph: int = -1
    named_year: int | None = None
    #: the last rank the previous sentence gave: (index, component, year, rank), for a
    #: next sentence that goes on down the table ("Các vị trí tiếp theo lần lượt là ...")
    last_rank: tuple[str, str | None, int | None, int] | None = None
    #: the indices the last index-naming sentence named, in order
    recent: list[str] = field(default_factory=list)
    #: a paragraph without figures has already carried the index one paragraph on
    bridged: bool = False
    #: the one index the headline names (the article's subject) and the year it names with it
    topic: str | None = None
    topic_year: int | None = None
    #: every index named so far, the most recent last
    named: list[str] = field(default_factory=list)
    #: the last sentence that named the index ended with a colon ("... như sau:"): a list follows
    lead_in: bool = False
    #: results whose rank was read from order, waiting for the "/63" a later sentence may state
    unsized: list[dict[str, Any]] = field(default_factory=list)


def extract_index_results(doc: Document) -> list[dict[str, Any]]:
    """All index results the article's prose states, in text order."""
    ctx = _Context()
    ctx.topic, ctx.topic_year = _headline_topic(doc)
    out: list[dict[str, Any]] = []
    headline_guessed: list[dict[str, Any]] = []
    for sent in doc.sentences:
        if not doc.indices_in(sent.start, sent.end) and not ctx.index and not ctx.topic \
                and not (ctx.recent and sent.paragraph - ctx.paragraph in (0, 1)):
            continue
        if doc.is_english(sent):
            continue  # read by the English rules
        aside = _MINISTRIES_ASIDE.match(doc.folded, sent.start, sent.end)
        kept = (ctx.index, ctx.province, ctx.paragraph)
        facts = _Sentence(doc, sent, ctx).run()
        if aside and not facts:
            # "Ở khối bộ, ngành, Bộ Tư pháp dẫn đầu với 91,25%.": the ministries' ranking told in
            # passing; the provinces' run goes on after it
            ctx.index, ctx.province, ctx.paragraph = kept
        if doc.is_question(sent):
            continue  # read for the context it sets (the index the answer is about), not for results
        if sent.paragraph == doc.headline_paragraph \
                and not any(p.kind == "year" for p in doc.periods_in(sent.start, sent.end)):
            headline_guessed.extend(facts)
        out.extend(facts)
    for rec in headline_guessed:
        # "Chỉ số chuyển đổi số của Đồng Nai tăng 6 bậc" over a body about DTI 2023: the year
        # the body gives that index, not a guess from the publication date
        body = [f["year"] for f in out if f["index"] == rec["index"] and f not in headline_guessed and f["year"]]
        if body:
            rec["year"] = body[0]
    for rec in ctx.unsized:
        # a rank read from order ("dẫn đầu", "tiếp đó là", a list) is out of as many as the
        # article says the index ranks that year, wherever it says so (as the seeds' gold reads)
        rec["rank_of"] = ctx.rank_of.get((rec["index"], rec["year"]))
    return out


def _others_components(chunk: str, index: str) -> bool:
    """Whether ``chunk`` names components of an index other than ``index`` ("Trong 8 lĩnh vực, ...
    cải cách thủ tục hành chính đạt 13,21/14 điểm" after a sentence on SIPAS: not SIPAS's)."""
    return any((ix, c.name) not in _GENERIC_COMPONENTS for ix in SCORE_RANGE if ix not in (index, BLOCKED)
               for c in find_components(chunk, ix))


def _owners(ctx: _Context) -> list[str]:
    """Indices whose components a sentence may name: the last sentence's, then the two
    named before ("Chỉ số CCHC ... . Chỉ số SIPAS ... . Cải cách thể chế xếp thứ 7")."""
    out = list(reversed(ctx.recent))
    out += [ix for ix in reversed(ctx.named[-3:]) if ix not in out]
    return out


def _headline_topic(doc: Document) -> tuple[str | None, int | None]:
    """The index an article is about: the only one its headline (first line) names."""
    if doc.headline_span is None:
        return None, None
    a, b = doc.headline_span
    names = {m.name for m in doc.indices_in(a, b)}
    if len(names) != 1 or BLOCKED in names:
        return None, None
    years = {p.year for p in doc.periods_in(a, b) if p.kind == "year" and p.current}
    return names.pop(), (years.pop() if len(years) == 1 else None)


#: a province's own rank right after its name in a list ("Kon Tum xếp thứ 52")
_OWN_RANK_AFTER = re.compile(r",?\s?(?:xep |dung )?(?:o )?(?:hang |vi tri )?thu \d")


#: a sentence about the ministries' block ranked beside the provinces ("Ở khối bộ, ngành, ...")
_MINISTRIES_ASIDE = re.compile(r"\s*(?:o|trong|doi voi|voi|tai) (?:khoi|cap) (?:cac )?bo(?:,? (?:nganh|co quan ngang bo))?(?![a-z])")


#: a comparative right before a province ("cao hơn Nam Định 0,27 điểm")
_MORE_THAN = re.compile(r"(?:cao|thap|nhieu|it|kem|vuot|thua) hon(?: so voi)?\s+(?:(?:tinh|thanh pho|tp\.?)\s+)?$")


#: between a component and the index it belongs to, named right after it ("Tính minh bạch PCI 2023")
_COMP_BEFORE_INDEX = re.compile(r"\s*(?:(?:cua|trong|thuoc)\s+)?")


#: a conjunction opening a clause of its own ("..., nhưng cũng có những địa phương ...")
_CONTRAST = re.compile(r",\s*(?:nhung|song|tuy nhien|trong khi|con)(?![a-z])")


#: a contrasting year that states its own result ("trong khi năm 2019 chỉ đứng thứ 38")
_WHILE_YEAR = re.compile(r"(?<![a-z])trong khi (?:nam )?$")


#: a count of components right before "dẫn đầu" ("2 lĩnh vực dẫn đầu cả nước là ...")
_COUNT_LED = re.compile(r"(?<![a-z\d])(?:\d|hai|ba|bon|nam|sau) (?:linh vuc|chi so thanh phan|tru cot)\s+$")
_LED_ARE = re.compile(r"\s*(?:(?:ca nuoc|toan quoc)\s+)?la\s+")


#: a ranking of the 34 units formed in 2025
_OF_34 = re.compile(r"/\s?34(?!\d)|(?<!\d)34 (?:tinh|dia phuong)")


class _Sentence:
    def __init__(self, doc: Document, sent: Sentence, ctx: _Context) -> None:
        self.doc, self.sent, self.ctx = doc, sent, ctx
        self.f = doc.folded
        self.facts: list[_Fact] = []
        self.clauses = clause_bounds(doc.nfc, sent.start, sent.end)
        self.parens = paren_spans(doc.nfc, sent.start, sent.end)
        self.values: list[tuple[int, int]] = []
        #: the sentence names no index and goes on with the previous one's components
        #: ("- Cải cách thể chế: 5,9/7 điểm;"), so every component it names counts
        self.by_component = False
        #: component events kept for the "xếp thứ 2 về <component>" reading
        self.comp_events: list[_Event] = []
        #: starts of component mentions a value already claimed ("... về <component>")
        self.consumed: set[int] = set()
        #: values before this offset were already read as part of a list ("lần lượt ... với X và Y")
        self.skip_until = -1
        #: the provinces that last shared a figure ("A và B cùng đạt ..."), with their clause's start
        self.shared: tuple[int, list[Any]] | None = None
        #: a component's own score in parentheses after "về <component>", by the component's start
        self.comp_scores: dict[int, str] = {}

    @functools.cached_property
    def value_matches(self) -> list[re.Match[str]]:
        """The figures of the sentence (``VALUE_RE`` over its text; offsets relative to its
        start), found once: several rules ask."""
        return list(VALUE_RE.finditer(self.f[self.sent.start:self.sent.end]))

    # ----- event collection -------------------------------------------------
    def _events(self, indices: list[Mention], inherited: str | None) -> list[_Event]:
        s, e, f, nfc = self.sent.start, self.sent.end, self.f, self.doc.nfc
        ev: list[_Event] = [_Event(m.start, m.end, "idx", m) for m in indices]
        chunk = f[s:e]
        names = {m.name for m in indices if m.name != BLOCKED}
        if inherited:
            names.add(inherited)
        comps: list[_Event] = []
        for name in names:
            for c in find_components(chunk, name):
                comps.append(_Event(s + c.start, s + c.end, "comp", (name, c.name)))
        if comps:
            keyword = _COMP_CONTEXT.search(chunk) is not None
            distinct = len({c.data for c in comps}) >= 2
            for c in comps:
                if keyword or distinct or self.by_component or _COMP_PREFIX.search(f[max(s, c.start - 12):c.start]):
                    ev.append(c)
                    self.comp_events.append(c)
        for m in COMPOSITE_RE.finditer(chunk):
            ev.append(_Event(s + m.start(), s + m.end(), "composite"))
        named = self.doc.provinces_in(s, e)
        for p in named:
            if _in_plain_aside(f, s, e, p.start, p.end, named):
                # "Tỉnh Vĩnh Long (hợp nhất từ Vĩnh Long, Bến Tre và Trà Vinh) đạt 68,04 điểm": the
                # provinces in an aside without figures are not the subject
                continue
            before = f[max(s, p.start - 20):p.start]
            if COMPARATIVE_BEFORE.search(before) and not (before.endswith("nhu ") and _RESULT_VERB.match(f, p.end, e)):
                # ("các tỉnh bạn như Lâm Đồng năm 2022 đã vươn lên thứ 19": an example, and the subject)
                paren = _PAREN_VALUE.match(f, p.end, e)
                close = f.find(")", p.end, e) if paren else -1
                if close >= 0:
                    # "đứng sau Đà Nẵng (xếp thứ 6)": the figure in parentheses is the compared
                    # province's own; the subject comes back after them
                    ev.append(_Event(p.start, p.end, "cmpprov", p.name))
                    ev.append(_Event(close + 1, close + 1, "restore"))
                continue
            if p.name not in CENTRAL_CITIES and p.name != "Thừa Thiên Huế" and CITY_BEFORE.search(before):
                ev.append(_Event(p.start, p.end, "nonprov"))
                continue
            ev.append(_Event(p.start, p.end, "prov", p.name))
        for m in NONPROV_RE.finditer(chunk):
            a, b = s + m.start(), s + m.end()
            if PUBLISHER_BEFORE.search(f[max(s, a - 14):a]):
                continue
            if m.group("fixed") and m.group("fixed").startswith(("cao nhat", "thap nhat")) and (any(
                    _OWN_BEST.fullmatch(f, x.end, a) for x in [*named, *self.comp_events] if x.end <= a)
                    # "thấp nhất là chỉ số Tiếp nhận, xử lý góp ý ..., chỉ đạt 71,4%": the component named next
                    or any(_BEST_IS.fullmatch(f, b, c.start) for c in self.comp_events if c.start >= b)):
                # "Thừa Thiên Huế có kết quả cao nhất, đạt 88,23%": the best is the named province
                # (or the province's own component: "chỉ số thành phần X có mức độ hài lòng cao nhất")
                continue
            if m.group("fixed") and _AVERAGE_CMP.search(f, max(s, a - 24), a):
                # "cao hơn mức trung bình cả nước (80,08%)": a comparison inside the province's
                # own sentence; only the average's figure (its parentheses) is skipped
                paren = _AVERAGE_TAIL.match(f, b, e)
                ev.append(_Event(a, paren.end() if paren else b, "average"))
                continue
            if m.group("cap"):
                nxt = nfc[b:b + 1]
                # (in capitals, "SO VỚI NĂM 2022" is "compared with", not "Sở Với...")
                if not nxt.isupper() or re.match(r"chi so|chinh tri|phan|tieu chi|voi(?![a-z])", f[b:b + 10]):
                    continue
                if not is_body_keyword(m.group("cap"), nfc[a:a + len(m.group("cap"))], f[max(s, a - 4):a]):
                    continue
            ev.append(_Event(a, b, "nonprov"))
        for m in HOST_RE.finditer(chunk):
            ev.append(_Event(s + m.start(), s + m.end(), "host"))
        for m in _CLAUSE_SUBJECT.finditer(chunk):
            ev.append(_Event(s + m.start(), s + m.end(), "subj"))
        for m in TARGET_RE.finditer(chunk):
            ev.append(_Event(s + m.start(), s + m.end(), "target"))
        for p in self.doc.periods_in(s, e):
            if (p.current or (p.kind == "year" and _WHILE_YEAR.search(self.f, max(s, p.start - 12), p.start))) \
                    and not self._in_paren(p.start, prev_only=True):
                # "..., trong khi năm 2019 chỉ đứng thứ 38": that year's own result, told in contrast
                ev.append(_Event(p.start, p.end, "year", p))
        for m in self.value_matches:
            a, b = s + m.start(), s + m.end()
            if m.lastgroup == "enum" and m.group("enum_gap"):
                # "Xếp sau Thừa Thiên Huế là ...": the words after "sau" must be one province and
                # then "là" ("đứng sau Sơn La (xếp thứ 6)": that "la" is the name's)
                b = self._after_one_province(s + m.start("enum_gap"), e)
                if b < 0:
                    continue
            if m.lastgroup == "rk" and m.group("rk_bare") and not (
                    any(p.end == a - 1 for p in named)
                    and any(x.lastgroup in ("rk", "lead") and x.start() < m.start() for x in self.value_matches)):
                # a bare "thứ 28" is a rank only after a listed province, once a rank verb was read
                continue
            ev.append(_Event(a, b, "val", m))
            self.values.append((a, b))
        for a, _b in self.clauses[1:]:
            ev.append(_Event(a - 1, a, "clause"))
        ev.sort(key=lambda x: (x.start, -(x.end - x.start)))
        kept: list[_Event] = []
        last_end = -1
        for x in ev:
            if x.kind in ("clause", "restore"):
                kept.append(x)
                continue
            if x.start < last_end:
                continue
            kept.append(x)
            last_end = x.end
        for n in range(len(kept) - 1):
            x, y = kept[n], kept[n + 1]
            if x.kind == "val" and x.data.lastgroup in ("lead", "second") and y.kind == "idx" \
                    and _LEAD_OF_INDEX.fullmatch(f, x.end, y.start):
                # "..., trong khi Bà Rịa - Vũng Tàu đứng đầu Chỉ số Xanh cấp tỉnh (PGI)": the
                # index named right after the lead is the one it leads
                kept[n], kept[n + 1] = y, x
        return kept

    # ----- helpers ----------------------------------------------------------
    def _after_one_province(self, a: int, e: int) -> int:
        """Where "<province> là" starting at ``a`` ends, or -1 if no province starts there or no "là" follows it."""
        provs = self.doc.provinces_in(a, e)
        if not provs or provs[0].start != a:
            return -1
        m = _THEN_IS.match(self.f, provs[0].end, e)
        return m.end() if m else -1

    def _paren_of(self, pos: int) -> tuple[int, int] | None:
        for a, b in self.parens:
            if a < pos < b:
                return a, b
        return None

    def _in_paren(self, pos: int, prev_only: bool = False) -> bool:
        span = self._paren_of(pos)
        if span is None:
            return False
        return (self._is_prev_zone(span) or self._in_year_aside(span, pos)) if prev_only else True

    def _in_year_aside(self, span: tuple[int, int], pos: int, year: int | None = None) -> bool:
        """Whether ``pos`` follows "; năm 2022" inside the parenthesis ``span``: "Kon Tum (80,02%,
        xếp thứ 59; năm 2022 xếp thứ 55)" gives last year's rank after the semicolon."""
        semi = self.f.rfind(";", span[0], pos)
        if semi < 0:
            return False
        m = _PREV_INNER.match(self.f, semi + 1, span[1])
        if not m:
            return False
        ref = year or self._known_year()
        return ref is None or int(m.group("y")) < ref

    def _is_prev_zone(self, span: tuple[int, int], year: int | None = None) -> bool:
        a, b = span
        if _PREV_BEFORE.search(self.f[max(self.sent.start, a - 40):a]):
            return True
        m = _PREV_INNER.match(self.f, a + 1, b)
        if m:
            ref = year or self._known_year()
            return ref is None or int(m.group("y")) < ref
        return False

    def _known_year(self) -> int | None:
        if self.ctx.index and self.ctx.index in self.ctx.index_year:
            return self.ctx.index_year[self.ctx.index]
        pub = self.doc.published
        return pub.year - 1 if pub else None

    def _clause_of(self, pos: int) -> tuple[int, int]:
        for a, b in self.clauses:
            if a <= pos <= b:
                return a, b
        return self.sent.start, self.sent.end

    def _regional(self, a: int, b: int) -> re.Match[str] | None:
        """The region a figure at ``[a, b)`` is ranked in, if any (its mention; None: national)."""
        cs, ce = self._clause_of(a)
        nxt = min([x for x, _ in self.values if x >= b] + [ce, b + 90])
        prv = max([y for _, y in self.values if y <= a] + [cs, a - 60])
        after = REGIONAL_RE.search(self.f, b, nxt)
        if after:
            return after
        if _NATIONWIDE_AFTER.match(self.f, b, ce):
            # "Cùng khu vực ĐBSCL, Long An đứng thứ 3 cả nước": the figure says it is national
            return None
        span = self._paren_of(a)
        if span is not None and not REGIONAL_RE.search(self.f, span[0], a):
            named = self.doc.provinces_in(max(cs, span[0] - 40), span[0])
            if named and not self.f[named[-1].end:span[0]].strip():
                # "đứng đầu vùng ĐBSCL, trên TP. Cần Thơ (thứ 11)", "chỉ sau Lào Cai (0,6105 điểm,
                # xếp thứ 10)": the order in the region is the text's, the parentheses give each
                # province's national place
                return None
        before = REGIONAL_RE.search(self.f, prv, a)
        # "xếp thứ 5 khu vực miền Trung và thứ 20 cả nước": a region right after the
        # previous figure qualifies that figure, not this one
        if before and not (prv > cs and before.start() - prv <= 2):
            return before
        # "Ở khu vực Tây Nguyên, Lâm Đồng xếp thứ 2, còn Gia Lai xếp thứ 3": a region fronted
        # before the clause's first province governs the clause
        # (unless an earlier figure of the clause says it is national: "Cùng khu vực ĐBSCL, Long
        # An đứng thứ 3 cả nước ..., Đồng Tháp xếp thứ 4")
        provs = self.doc.provinces_in(cs, a)
        fronted = REGIONAL_RE.search(self.f, cs, provs[0].start) if provs else None
        if fronted and _CONTRAST.search(self.f, fronted.end(), provs[0].start):
            # "Nhiều tỉnh miền núi phía Bắc vẫn ở nhóm cuối, nhưng ... Lào Cai ... lên hạng 11": the
            # region was the subject of the clause the conjunction closed
            return None
        return fronted if fronted and not _NATIONWIDE.search(self.f, fronted.end(), a) else None

    def _region_size(self, region: re.Match[str]) -> int:
        """How many provinces the region a mention names has (the largest region's when unsure)."""
        named = _REGION_NAMES.search(self.f, region.start(), region.end() + 30)
        return _REGION_SIZES[named.lastgroup] if named and named.lastgroup else _LARGEST_REGION

    # ----- main loop --------------------------------------------------------
    def run(self) -> list[dict[str, Any]]:
        doc, ctx, sent = self.doc, self.ctx, self.sent
        indices = doc.indices_in(sent.start, sent.end)
        chunk = self.f[sent.start:sent.end]
        inherited = None
        self.carried_year: int | None = None
        if not indices and ctx.index and ctx.index != BLOCKED:
            # the components named decide which of the last sentence's indices goes on
            # ("Chỉ số CCHC ... ; Chỉ số SIPAS ... . Một số chỉ số thành phần như cải cách
            # tài chính công ..." are the PAR Index's)
            owner = next((ix for ix in _owners(ctx)
                          if any((ix, c.name) not in _GENERIC_COMPONENTS for c in find_components(chunk, ix))), None)
            if owner or (_COMP_CONTEXT.search(chunk) and sent.paragraph - ctx.paragraph in (0, 1)
                         and not _others_components(chunk, ctx.index)):
                inherited = owner or ctx.index
                self.by_component = True
            elif sent.paragraph - ctx.paragraph in (0, 1) and _ANAPHOR.search(chunk):
                # "Đây là năm thứ ba liên tiếp tỉnh dẫn đầu bảng xếp hạng này"
                inherited = ctx.index
                self.carried_year = ctx.named_year
            elif ctx.paragraph == sent.paragraph and _CONNECTOR.match(chunk):
                # "... công bố Chỉ số CCHC năm 2023. Theo đó, tỉnh đạt 87,5 điểm"
                inherited = ctx.index
                self.carried_year = ctx.named_year
            elif sent.paragraph - ctx.paragraph in (0, 1) and self._continues(chunk):
                # "Chỉ số CCHC năm 2022 của các tỉnh ... có nhiều biến động. Đồng Tháp đạt
                # 89,86%, xếp thứ 4/63; ...": the next sentence, led by a province, goes on
                inherited = ctx.index
                self.carried_year = ctx.named_year
                if sent.paragraph > ctx.paragraph and ctx.topic and ctx.topic != ctx.index \
                        and ctx.topic in ctx.named:
                    # the headline's index ("Hậu Giang đứng thứ hai vùng về Chỉ số CCHC") after a
                    # paragraph that ended on another one ("... Chỉ số SIPAS của tỉnh tụt 9 bậc."):
                    # a new paragraph of provinces' results goes back to what the article is about
                    inherited = ctx.topic
                    self.carried_year = ctx.index_year.get(ctx.topic) or ctx.topic_year
        if not indices and not inherited and ctx.topic and (not ctx.recent or ctx.topic in ctx.recent) \
                and self._continues(chunk):
            # an article whose headline names one index ("DTI 2023: Đà Nẵng giữ vững ngôi đầu"):
            # a sentence that reads as a province's result goes on with it after a paragraph
            # about ministries or averages, as long as no other index was named since
            inherited = ctx.topic
            self.carried_year = ctx.index_year.get(ctx.topic) or ctx.topic_year
        if _SAME_YEAR.match(chunk) and ctx.named_year:
            # "Cùng năm, Chỉ số SIPAS của tỉnh đạt 86,75%": the year the sentence before named
            self.carried_year = ctx.named_year
        if not indices and not inherited and ctx.index and ctx.index != BLOCKED and ctx.lead_in \
                and sent.paragraph - ctx.paragraph in (0, 1) and _PERIOD_ITEM.match(chunk):
            inherited = ctx.index
        if not indices and not inherited and ctx.index and ctx.index != BLOCKED \
                and sent.paragraph - ctx.paragraph in (0, 1) and _COMPOSITE_ITEM.match(chunk):
            inherited = ctx.index
        if not indices and not inherited and ctx.topic and (not ctx.recent or ctx.topic in ctx.recent) \
                and _PERIOD_ITEM.match(chunk) and self.value_matches and not _DOSSIER_MEASURE.search(chunk):
            # "📌 Tháng 1/2026: 88,74 điểm – xếp thứ 4/34" under a headline naming the monthly
            # index: a line led by its period goes on with the headline's index
            inherited = ctx.topic
        if not indices and not inherited and not ctx.index and sent.paragraph - ctx.paragraph in (0, 1):
            # the run was broken by a figure of something else ("... có mặt trong nhóm 30 địa
            # phương dẫn đầu."), but the next sentence names the last index's own components
            owner = next((ix for ix in _owners(ctx)
                          if any((ix, c.name) not in _GENERIC_COMPONENTS for c in find_components(chunk, ix))), None)
            if owner:
                inherited = owner
                self.by_component = True
        if not indices and not inherited:
            if _LEAD_IN.fullmatch(chunk):
                # "Cụ thể:", "Kết quả các trụ cột như sau:": the list below still belongs to the index
                ctx.paragraph = sent.paragraph
            elif self.value_matches and not _NATIONAL_TALK.search(chunk):
                ctx.index = None
            elif chunk.rstrip().endswith(":") and ctx.index and sent.paragraph - ctx.paragraph in (0, 1):
                # "... ba tháng gần đây như sau:" without the index's name: the list below is its
                ctx.paragraph, ctx.lead_in = sent.paragraph, True
            elif sent.paragraph == ctx.paragraph + 1 and not ctx.bridged:
                # a paragraph without a figure right after the index's ("Báo cáo tổng hợp ý kiến
                # của 14.000 người dân.") neither goes on with the index nor changes the subject:
                # the results may follow in the next one, but only one such paragraph is bridged
                ctx.paragraph, ctx.bridged = sent.paragraph, True
            return []
        events = self._events(indices, inherited)
        cur_index = inherited
        cur_comp: str | None = None
        cur_comp_at = cur_comp_end = -1
        #: the last component named, whatever index it belongs to ("chỉ số thành phần Tính minh bạch PCI 2023")
        prior_comp: tuple[str, str, int, int] | None = None
        cur_prov = ctx.province if inherited and ctx.province else doc.host
        if self.by_component and doc.host:
            # a list of components goes on about the article's province, not the neighbour the
            # sentence before compared it with ("... xếp sau Lâm Đồng (43,52) và Gia Lai (42,07).")
            cur_prov = doc.host
        if inherited and doc.host and not doc.provinces_in(sent.start, sent.end) and _THE_PROVINCE.search(chunk):
            # "Trong 8 lĩnh vực, tỉnh chỉ có ...": "tỉnh" alone is the host site's province
            cur_prov = doc.host
        prov_at = -1
        index_at = -1
        cur_year: int | None = None
        cur_period: str | None = None
        blocked = False
        target = False
        pending: list[tuple[_Event, str | None, str | None, int]] = []
        last_rank: tuple[_Fact | None, int] | None = None
        if inherited and ctx.last_rank and ctx.last_rank[0] == inherited and _ENUM_OPEN.match(chunk):
            index0, comp0, year0, rank0 = ctx.last_rank
            last_rank = (_Fact(index0, comp0, "", year0, None, sent.start, sent.start), rank0)
        deferred: list[tuple[_Event, int]] = []  # values waiting for the province named after them
        fronted: list[tuple[_Event, str | None, str | None, int]] = []
        saved: tuple[str | None, int, bool] | None = None  # the subject while a compared province has the floor
        own_years: set[int] = set()  # where the years read as one rank's own end

        def indices_before(pos: int) -> bool:
            return any(m.start < pos for m in indices)

        for ev in events:
            k = ev.kind
            if k == "clause":
                # "Năm 2025, tỉnh phấn đấu Chỉ số CCHC đạt trên 87%; tỷ lệ hồ sơ trực tuyến đạt
                # 80%": the target goes on into the next clause unless that one reports ("đã")
                target = target and not PAST_RE.search(self.f, ev.end, self._clause_of(ev.end)[1])
                if pending and cur_index is None and not indices_before(ev.start) and ctx.index \
                        and ctx.index != BLOCKED and sent.paragraph - ctx.paragraph in (0, 1) \
                        and self._led_by_subject(sent.start, ev.start):
                    # "... công bố Chỉ số CCHC năm 2023. Tuyên Quang đạt 88,46%, tăng 9 bậc; Chỉ số
                    # SIPAS đạt 84,10%": the clause before the next index goes on with the last one
                    for pev, pprov, pcomp, pat in pending:
                        fact = self._fact(ctx.index, pcomp, pprov, cur_year, cur_period, pat)
                        if fact is not None:
                            last_rank = self._apply(pev, fact, last_rank) or last_rank
                pending = []
            elif k == "idx":
                cur_index, cur_comp, index_at = ev.data.name, None, ev.start
                # "Chỉ số PAPI": the acronym's mention starts after the words that name it
                words = _INDEX_WORDS.search(self.f, max(0, ev.start - 10), ev.start)
                named_at = words.start() if words else ev.start
                if prior_comp and prior_comp[0] == cur_index and _COMP_BEFORE_INDEX.fullmatch(self.f, prior_comp[3], named_at):
                    # the component named right before its index: what follows is the component's
                    cur_comp, cur_comp_at, cur_comp_end = prior_comp[1], prior_comp[2], prior_comp[3]
                if pending and cur_index != BLOCKED and (_INDEX_AFTER.search(self.f, max(0, named_at - 26), named_at)
                                                         # "tăng 8 bậc Chỉ số PAPI": the index right after
                                                         or not self.f[pending[-1][0].end:named_at].strip()):
                    for pev, pprov, pcomp, pat in pending:
                        fact = self._fact(cur_index, pcomp, pprov, cur_year, cur_period, pat)
                        if fact is not None:
                            last_rank = self._apply(pev, fact, last_rank) or last_rank
                elif pending and cur_index != BLOCKED and _FRONTED_END.fullmatch(self.f, sent.start, named_at) \
                        and all(pprov in (None, doc.host) for _e, pprov, _c, _a in pending):
                    # "Với tổng điểm 89,71%, Chỉ số CCHC năm 2023 của tỉnh X xếp thứ 8": the
                    # fronted figures belong to the subject the main clause names next
                    fronted = pending
                elif pending and cur_index != BLOCKED and _FRONTED_END.fullmatch(self.f, sent.start, named_at) \
                        and len({pprov for _e, pprov, _c, _a in pending}) == 1 and pending[0][1] is not None \
                        and _ASIDE_OPEN.search(self.f, sent.start, pending[0][3]):
                    # "Bên cạnh bảng xếp hạng tổng thể, nơi Quảng Ninh dẫn đầu với 90,15%, Chỉ số CCHC
                    # năm 2022 còn cho thấy ...": an aside with its own province, about the index named next
                    for pev, pprov, pcomp, pat in pending:
                        fact = self._fact(cur_index, pcomp, pprov, self._year_after(named_at), cur_period, pat)
                        if fact is not None:
                            last_rank = self._apply(pev, fact, last_rank) or last_rank
                pending = []
            elif k == "comp":
                idx, name = ev.data
                if ev.start not in self.consumed:
                    prior_comp = (idx, name, ev.start, ev.end)
                if idx == cur_index and ev.start not in self.consumed:
                    cur_comp, cur_comp_at, cur_comp_end = name, ev.start, ev.end
            elif k == "composite":
                cur_comp = None
            elif k == "prov":
                cur_prov, prov_at, blocked = ev.data, ev.start, False
                # "Đứng đầu bảng xếp hạng PAPI 2023 là tỉnh Quảng Trị", "Với 87,12 điểm, tỉnh X xếp ..."
                for dev in [d for d, at in deferred if at == ev.start]:
                    if target:
                        continue
                    if cur_index is None:
                        pending.append((dev, cur_prov, cur_comp, dev.start))
                    elif cur_index != BLOCKED:
                        fact = self._fact(cur_index, cur_comp, cur_prov, cur_year, cur_period, dev.start)
                        if fact is not None:
                            last_rank = self._apply(dev, fact, last_rank) or last_rank
                            own = _OWN_SCORE.match(self.f, ev.end, sent.end) \
                                if dev.data.lastgroup == "lead" and cur_index in UNIT_SCALE else None
                            if own and self._score(fact, own.group("v"), "score"):
                                # "Dẫn đầu cả nước: Đà Nẵng (0,6514)": the leader's bare 0-1 score
                                self._extend(fact, dev.start, own.end())
                                self.skip_until = max(self.skip_until, own.end())
                deferred = [(d, at) for d, at in deferred if at != ev.start]
            elif k == "cmpprov":
                saved = (cur_prov, prov_at, blocked)
                cur_prov, prov_at, blocked = ev.data, ev.start, False
            elif k == "restore":
                if saved:
                    cur_prov, prov_at, blocked = saved
                    saved = None
            elif k == "host":
                if doc.host:
                    cur_prov, prov_at = doc.host, ev.start
                blocked = False
            elif k == "subj":
                # a clause led by "tỉnh": the host site's province, else the one the sentences are about
                subject = doc.host or (ctx.province if inherited else None)
                if subject:
                    cur_prov, prov_at, blocked = subject, ev.start, False
            elif k == "nonprov":
                blocked = True
            elif k == "target":
                target = True
            elif k == "year":
                p = ev.data
                if _THIS_YEAR.match(self.f, p.start) and cur_index != "SERVICE_INDEX_766":
                    # "Năm nay ghi nhận nhiều địa phương bứt phá" in a release of 2024's index
                    # published in 2025: "this year" is the release's, not the measured year
                    continue
                if p.end in own_years:
                    continue  # "từng đứng thứ 2 năm 2015, ... xếp thứ 8": that rank's own year only
                if p.kind == "year" or (p.kind == "month" and cur_index == "SERVICE_INDEX_766"):
                    cur_year = p.year
                if p.kind in ("month", "cum", "quarter", "h1"):
                    cur_period = p.period
            elif k == "val":
                if ev.start < self.skip_until:
                    continue
                if ev.data.lastgroup in ("lead", "second") \
                        or (ev.data.lastgroup == "rk" and prov_at < self._clause_of(ev.start)[0]):
                    # "Đứng đầu ... là tỉnh X", "Xếp ở vị trí thứ 2 là Hải Phòng với 45,87 điểm"
                    named = self._lead_names(ev)
                    if named is not None:
                        deferred.append((ev, named))
                        continue
                if ev.data.lastgroup in ("s", "sb") and prov_at < 0 and not self._bad_context(ev):
                    named = self._province_after(ev)
                    if named is not None:
                        deferred.append((ev, named))
                        continue
                if cur_index is None and not (target or blocked or self._bad_context(ev)):
                    pending.append((ev, cur_prov, cur_comp, min(a for a in (prov_at, ev.start) if a >= 0)))
                    continue
                if fronted:
                    last_rank = self._flush_fronted(fronted, cur_index, cur_prov, cur_year, cur_period,
                                                    last_rank, target or blocked)
                    fronted = []
                if ev.data.lastgroup == "lls":
                    if not (target or blocked or cur_index in (None, BLOCKED)):
                        self._respective_scores(ev, cur_index, cur_prov, cur_year, cur_period)
                    continue
                if ev.data.lastgroup == "ys":
                    if not (target or blocked or cur_prov is None or cur_index in (None, BLOCKED)):
                        for y, v in _YEAR_SCORE.findall(ev.data.group()):
                            yfact = self._fact(cur_index, cur_comp, cur_prov, int(y), cur_period, ev.start)
                            if yfact is not None and self._score(yfact, v, "score"):
                                self._extend(yfact, ev.start, ev.end)
                    continue
                if ev.data.lastgroup == "top":
                    if not (target or blocked or cur_index in (None, BLOCKED)) \
                            and not _LOWER_GROUP.search(self.f, self._clause_of(ev.start)[0], ev.start):
                        self._enum(ev, (_Fact(cur_index, cur_comp, "", cur_year, None, ev.start, ev.start), 0),
                                   cur_index, cur_comp, cur_year, cur_period)
                    continue
                if ev.data.lastgroup == "llr":
                    if not (target or blocked or cur_index == BLOCKED):
                        self._respectively_after(ev, cur_index, cur_comp, cur_year, cur_period)
                    last_rank = (None, 0)
                    continue
                if blocked and ev.data.lastgroup == "enum" and self._ranked_before(ev, cur_index):
                    # "...; xếp sau Quảng Ninh là ...": the province it names is the subject again
                    blocked = False
                if target or blocked or cur_prov is None or self._bad_context(ev):
                    if ev.data.lastgroup in ("rk", "lead", "second", "ll"):
                        last_rank = (None, 0)
                    continue
                if cur_index == BLOCKED:
                    continue
                floor = max([sent.start] + [f.end for f in self.facts if f.slots])
                if cur_comp and cur_comp_at >= floor:
                    start = cur_comp_at
                elif min(prov_at, index_at) >= floor and self._clause_of(prov_at) != self._clause_of(index_at):
                    start = max(prov_at, index_at)
                else:
                    start = min([a for a in (prov_at, index_at) if a >= floor] + [ev.start])
                own_year = _YEAR_RIGHT_AFTER.match(self.f, ev.end, sent.end)
                if own_year and ev.data.lastgroup not in ("rk", "lead"):
                    own_year = None
                if own_year and not _WITH_AFTER.match(self.f, own_year.end(), sent.end):
                    own_years.add(own_year.end("y"))
                elif own_year:
                    # "dẫn đầu vào năm 2017 với 70,69 điểm": the year goes on to the score after it
                    cur_year = int(own_year.group("y"))
                # "vươn lên thứ 35/63 năm 2021, thứ 27/63 năm 2022": the year right after a rank is its own
                fact = self._fact(cur_index, cur_comp, cur_prov,
                                  int(own_year.group("y")) if own_year else cur_year,
                                  cur_period, start)
                if ev.data.lastgroup == "enum":
                    self._enum(ev, self._ranked_before(ev, cur_index) or last_rank, cur_index, cur_comp,
                               cur_year, cur_period)
                    continue
                shared = self._shared_by(ev) if ev.data.lastgroup in ("rc", "sc", "rk", "s", "sb") else []
                if shared:
                    # "Quảng Trị, Bình Phước và Phú Yên cùng tăng 19 bậc": the figure is each one's
                    for p in shared:
                        sfact = self._fact(cur_index, cur_comp, p.name, cur_year, cur_period, shared[0].start)
                        if sfact is not None:
                            self._apply(ev, sfact, None)
                            self._extend(sfact, shared[0].start, ev.end)
                    continue
                if ev.data.lastgroup in ("ll", "llc"):
                    self._respectively(ev, cur_index, cur_comp, cur_year, cur_period, cur_prov)
                    last_rank = (None, 0)
                    continue
                if ev.data.lastgroup == "cs":
                    # "Chính quyền số 0,5612, Kinh tế số 0,3810": a bare 0–1 score right after its component
                    if cur_comp and fact is not None and cur_index in UNIT_SCALE \
                            and _BARE_GAP.fullmatch(self.f, cur_comp_end, ev.start):
                        self._score(fact, ev.data.group("cs_n"), "score") and self._extend(fact, ev.start, ev.end)
                    continue
                about = self._components_named_after(ev, cur_index)
                if about:
                    # "xếp thứ nhất về hạ tầng kỹ thuật và ứng dụng CNTT": the figure is the components'
                    for c in about:
                        cfact = self._fact(cur_index, c.data[1], cur_prov, cur_year, cur_period, ev.start)
                        if cfact is not None:
                            self._apply(ev, cfact, None)
                            self._extend(cfact, ev.start, c.end)
                            if c.start in self.comp_scores:
                                self._score(cfact, self.comp_scores[c.start], "score")
                    self.consumed.update(c.start for c in about)
                    if len(about) == 1 and _WITH_AFTER.match(self.f, about[0].end, sent.end):
                        # "thứ 7 về Ứng dụng CNTT với 0,6812 điểm": the score that follows is the component's too
                        cur_comp, cur_comp_at, cur_comp_end = about[0].data[1], about[0].start, about[0].end
                    continue
                if fact is not None:
                    last_rank = self._apply(ev, fact, last_rank) or last_rank
                    partner = self._tie_partner(ev) if ev.data.lastgroup == "rk" else None
                    if partner is not None and partner.name != fact.province:
                        # "đồng hạng 5/63 với TP. Hà Nội": the same rank is the partner's too
                        pfact = self._fact(cur_index, cur_comp, partner.name, cur_year, cur_period, ev.start)
                        if pfact is not None:
                            self._apply(ev, pfact, None)
                            self._extend(pfact, ev.start - len("dong "), partner.end)
        if fronted:
            self._flush_fronted(fronted, cur_index, cur_prov, cur_year, cur_period, last_rank, target or blocked)
        facts = self._finish()
        ranked = [f for f in facts if f["rank"] is not None and f["index"] == cur_index]
        ctx.last_rank = ((cur_index, ranked[-1]["component"], ranked[-1]["year"], ranked[-1]["rank"])
                         if ranked else None)
        ctx.index = cur_index if cur_index != BLOCKED else None
        # the province the next sentence goes on about: the host site's when this sentence gave
        # it a figure ("Quảng Nam đứng sau Đà Nẵng (xếp thứ 6) và Quảng Ngãi (xếp thứ 18)"), else
        # the last one named
        ctx.province = doc.host if doc.host and any(f["province"] == doc.host for f in facts) else cur_prov
        if inherited and facts:
            # a sentence that went on with the index carries it one paragraph further
            ctx.paragraph, ctx.bridged = sent.paragraph, False
        if indices:
            ctx.bridged = False
            ctx.lead_in = chunk.rstrip().endswith(":")
            ctx.recent = [m.name for m in indices if m.name != BLOCKED]
            for name in ctx.recent:
                if name in ctx.named:
                    ctx.named.remove(name)
                ctx.named.append(name)
            ctx.paragraph = sent.paragraph
            named = [p.year for p in doc.periods_in(sent.start, sent.end) if p.current and p.kind == "year"]
            ctx.named_year = named[-1] if len(set(named)) == 1 else None
        return facts

    def _tie_partner(self, ev: _Event) -> Any:
        """The province a rank is tied with, named after it ("đồng hạng 6 với Đà Nẵng"), if any."""
        if not self.f.endswith("dong ", self.sent.start, ev.start):
            return None
        m = _TIE_WITH.match(self.f, ev.end, self._clause_of(ev.start)[1])
        if not m:
            return None
        provs = self.doc.provinces_in(m.end(), self.sent.end)
        return provs[0] if provs and provs[0].start == m.end() else None

    def _shared_by(self, ev: _Event) -> list[Any]:
        """Provinces listed right before "cùng <figure>" (two or more), else none."""
        cs, _ce = self._clause_of(ev.start)
        # (the words before a shared figure are short: searching the whole clause for an
        # end-anchored pattern would try every position of it, for every figure)
        m = _SHARED_BEFORE.search(self.f, max(cs, ev.start - 30), ev.start)
        if not m:
            return []
        provs = self.doc.provinces_in(cs, m.start())
        found: list[Any] = []
        pos = m.start()
        for p in reversed(provs):
            if not _LIST_GAP.fullmatch(self.f, p.end, pos):
                break
            found.append(p)
            pos = p.start
        if len(found) >= 2:
            self.shared = (cs, list(reversed(found)))
            return self.shared[1]
        if m.group("tie") and self.shared and self.shared[0] == cs:
            # "A và B cùng đạt 68,81 điểm, đồng hạng 6": the tie is the same two's
            return self.shared[1]
        return []

    def _components_named_after(self, ev: _Event, index: str | None) -> list[_Event]:
        """Components a figure is "về" (about), named right after it, joined by "và" or commas."""
        if ev.data.lastgroup not in ("rk", "lead", "second", "s", "sb", "rc", "sc"):
            return []
        m = (_ABOUT_LEAD if ev.data.lastgroup in ("lead", "second") else _ABOUT).match(self.f, ev.end, self.sent.end)
        if ev.data.lastgroup == "lead" and _COUNT_LED.search(self.f, max(self.sent.start, ev.start - 25), ev.start):
            # "tỉnh có 2 lĩnh vực dẫn đầu cả nước là cải cách chế độ công vụ và ...": the count, then the list
            m = _LED_ARE.match(self.f, ev.end, self.sent.end) or m
        if not m:
            return []
        comps = {c.start: c for c in self.comp_events if c.data[0] == index}
        out: list[_Event] = []
        pos = m.end()
        while pos in comps:
            out.append(comps[pos])
            end = comps[pos].end
            own = _OWN_SCORE.match(self.f, end, self.sent.end)
            if own:
                # "dẫn đầu về chính quyền số (0,6321 điểm) và kinh tế số (0,5544 điểm)": each
                # component's own score in parentheses, read here and skipped by the main loop
                self.comp_scores[comps[pos].start] = own.group("v")
                self.skip_until = max(self.skip_until, own.end())
                end = own.end()
            nxt = _AND_COMPONENT.match(self.f, end, self.sent.end)
            if not nxt:
                break
            pos = nxt.end()
        return out

    def _respective_scores(self, ev: _Event, index: str, prov: str | None, year: int | None,
                           period: str | None) -> None:
        """"A, B và C lần lượt đạt 7,12; 6,45 và 6,01 điểm": one score per item listed before.

        The items are whichever list in the clause has exactly as many members as
        there are figures: components of the current index, indices, or provinces.
        Nothing is emitted when no list fits.
        """
        tokens = re.findall(r"\d+(?:[.,]\d+)?", ev.data.group("lls_v"))
        cs, _ce = self._clause_of(ev.start)
        if ";" in ev.data.group("lls_v"):
            # "5 chỉ số thành phần: A; B; C của tỉnh lần lượt đạt 88,05%; 87,40%; 89,12%": the
            # items are separated like the figures, so the list runs back to its colon
            colon = self.f.rfind(":", self.sent.start, ev.start)
            cs = min(cs, colon + 1 if colon >= 0 else self.sent.start)
        comps = [c for c in self.comp_events if cs <= c.start < ev.start and c.data[0] == index]
        idxs = [m for m in self.doc.indices_in(cs, ev.start) if m.name != BLOCKED]
        provs = [p for p in self.doc.provinces_in(cs, ev.start)
                 if not COMPARATIVE_BEFORE.search(self.f[max(cs, p.start - 20):p.start])]
        n = len(tokens)
        months = [p for p in self.doc.periods_in(cs, ev.start) if p.kind == "month" and p.current and p.period]
        if index == "SERVICE_INDEX_766" and len(months) == n and prov and not comps and not provs:
            # "Tháng 3 và tháng 4, tỉnh lần lượt đạt 83,06 điểm và 84,90 điểm, xếp thứ 21 và 16":
            # one month's result per figure, and the ranks after them in the same order
            ranks = _RANKS_AFTER.match(self.f, ev.end, self.sent.end)
            rank_list = [int(x) for x in re.findall(r"\d+", ranks.group("v"))] if ranks else []
            if rank_list and len(rank_list) != n:
                return
            for i, (p, tok) in enumerate(zip(months, tokens)):
                fact = self._fact(index, None, prov, p.year, p.period, p.start)
                if fact is None or not self._score(fact, tok, "score"):
                    continue
                if rank_list and 1 <= rank_list[i] <= 63:
                    fact.put("rank", rank_list[i])
                self._extend(fact, months[0].start, ranks.end() if ranks else ev.end)
            if ranks:
                self.skip_until = max(self.skip_until, ranks.end())
            return
        if len(comps) == n and prov:
            targets = [(index, c.data[1], prov) for c in comps]
        elif len(idxs) == n and prov:
            targets = [(m.name, None, prov) for m in idxs]
        elif len(provs) == n or (len(provs) > n and all(_LIST_GAP.fullmatch(self.f, a.end, b.start)
                                                         for a, b in zip(provs[-n:], provs[-n + 1:]))):
            # "... hình thành từ TP.HCM, Bình Dương và Bà Rịa - Vũng Tàu, ba địa phương ... lần
            # lượt đạt X, Y và Z": the last list of as many provinces as figures
            provs = provs[-n:]
            targets = [(index, None, p.name) for p in provs]
        else:
            return
        percent = "%" in ev.data.group("lls_v")
        first = min([c.start for c in comps] + [m.start for m in idxs] + [p.start for p in provs] + [ev.start])
        for (ix, comp, pv), tok in zip(targets, tokens):
            if percent and ix not in PERCENT_SCORED:
                continue
            fact = self._fact(ix, comp, pv, year, period, first)
            if fact is not None and self._score(fact, tok, "score"):
                self._extend(fact, first, ev.end)

    def _respectively_after(self, ev: _Event, index: str, comp: str | None, year: int | None,
                            period: str | None) -> None:
        """"Xếp thứ 2 và 3 lần lượt là A và B": ranks first, then the provinces in order."""
        if ev.data.group("llr_v"):
            ranks = [int(x) for x in re.findall(r"\d+", ev.data.group("llr_v"))]
        elif ev.data.group("llr_a"):
            a, b = int(ev.data.group("llr_a")), int(ev.data.group("llr_b"))
            ranks = list(range(a, b + 1)) if 0 < b - a < 10 else []
        else:
            ranks = [_ORDINAL_WORDS[w] for w in re.findall(_ORD_WORD, ev.data.group("llr_w"))]
        _cs, ce = self._clause_of(ev.start)
        provs = {p.start: p for p in self.doc.provinces_in(ev.end, ce)}
        found = []
        pos = ev.end
        while True:
            m = _LIST_GAP.match(self.f, pos, ce)
            nxt = m.end() if m else pos
            if nxt not in provs:
                break
            found.append(provs[nxt])
            pos = provs[nxt].end
            # "... lần lượt là Bắc Ninh (25,11 điểm) và Quảng Ninh": step over each one's own figures
            paren = _PAREN_AFTER.match(self.f, pos, ce)
            if paren:
                pos = paren.end()
        if len(found) != len(ranks) or any(not 1 <= r <= 63 for r in ranks):
            return
        for p, r in zip(found, ranks):
            fact = self._fact(index, comp, p.name, year, period, ev.start)
            if fact is None or not fact.put("rank", r):
                continue
            fact.slots["_derived_of"] = True
            fact.start, fact.end = min(fact.start, ev.start), max(fact.end, found[-1].end)

    def _led_by_subject(self, a: int, b: int) -> bool:
        """Whether the clause ``[a, b)`` opens with its subject: a province, or "tỉnh" itself."""
        provs = self.doc.provinces_in(a, b)
        if provs and _FRONTED_OPEN.fullmatch(self.f, a, provs[0].start):
            return True
        return _HOST_SUBJECT.match(self.f, a, b) is not None

    def _continues(self, chunk: str) -> bool:
        """Whether an index-less sentence continues the previous one's index.

        It must be led by a named province (its subject) or go on down the
        ranking ("Tiếp theo là ..."), and state a value the index rules read.
        """
        if not self.value_matches:
            return False
        if _DOSSIER_MEASURE.search(chunk):
            # "Tỉnh Đắk Lắk dẫn đầu vùng về tỷ lệ hồ sơ trực tuyến với 68,3%": a dossier figure
            # after an index's sentence is the dossier rules' fact, not the index's
            return False
        if _ENUM_OPEN.match(chunk) and self.ctx.last_rank:
            return True
        if self.sent.paragraph == self.ctx.paragraph and _YEAR_LED.match(chunk) and self.doc.host \
                and not self.doc.provinces_in(self.sent.start, self.sent.end):
            # "Năm 2017, SIPAS của tỉnh đạt 76,41%. Năm 2018 đạt 80,12%, năm 2019 tăng lên 83,40%":
            # the years go on with the index and the page's own province
            return True
        if any(m.lastgroup in ("llr", "ll", "llc", "top") for m in self.value_matches):
            return True
        provs = self.doc.provinces_in(self.sent.start, self.sent.end)
        first = self.value_matches[0]
        if first and first.lastgroup in ("rk", "lead", "second") and provs and provs[0].start > self.sent.start + first.end() \
                and _FRONTED_OPEN.fullmatch(chunk, 0, first.start()) \
                and (m := _LEAD_IS.match(self.f, self.sent.start + first.end(), provs[0].start)) and m.end() == provs[0].start:
            # "Xếp ở vị trí thứ 2 là Hải Phòng với 45,87 điểm": the rank first, then its province
            return True
        if self.sent.paragraph - self.ctx.paragraph in (0, 1) and _HOST_SUBJECT.match(self.f, self.sent.start, self.sent.end) \
                and any(m.lastgroup in ("rk", "lead", "second", "rc", "lls") or (m.lastgroup == "s" and "diem" in m.group("s_u"))
                        for m in self.value_matches):
            # "... dẫn đầu Chỉ số CCHC. Năm 2018, tỉnh đạt 90,95 điểm; năm 2023, tỉnh xếp thứ 2"
            return True
        if not provs and self.sent.paragraph == self.ctx.paragraph and self.ctx.province \
                and _SCORE_SUBJECT.match(self.f, self.sent.start, self.sent.end):
            # "... tháng 1/2024 tỉnh đạt 78,42 điểm. Sang tháng 2, điểm số tăng lên 80,15 điểm (hạng 30)."
            return True
        if not provs:
            return False
        # the clause the first province is in: "Các tỉnh còn lại đều xếp từ hạng 20 trở xuống; thấp nhất
        # khu vực là Bạc Liêu, hạng 58/63"
        start = self.f.rfind(";", self.sent.start, provs[0].start) + 1 or self.sent.start
        while start < provs[0].start and self.f[start] == " ":
            start += 1
        m = _SUBJECT_OPEN.match(self.f, start, provs[0].start)
        colon = self.f.rfind(":", self.sent.start, provs[0].start)
        if colon >= 0 and not self.f[colon + 1:provs[0].start].strip(" "):
            # "... đều thuộc nhóm thấp: Lâm Đồng đạt 41,20 điểm, Đăk Lăk 40,76 điểm": a list after a colon
            m = _FRONTED_OPEN.match(self.f, provs[0].start, provs[0].start)
        if m and m.end() == provs[0].start:
            last = provs[0]
            for p in provs[1:]:  # "Quảng Trị, Bình Phước và Phú Yên cùng tăng 19 bậc"
                if not _LIST_GAP.fullmatch(self.f, last.end, p.start):
                    break
                last = p
            if _RESULT_VERB.match(self.f, last.end, self.sent.end):
                return True
        if _SUBJECT_IS.fullmatch(self.f, start, provs[0].start) and self.f.startswith(":", provs[0].end):
            # "Đáng chú ý nhất là Phú Yên: tỉnh tăng 19 bậc ..."
            return True
        m = _IS_PROVINCE.match(self.f, start, provs[0].start) if provs else None
        if m and m.end() == provs[0].start:
            return True
        m = _ANY_IS.match(self.f, start, provs[0].start)
        if m and m.end() == provs[0].start and _RESULT_VERB.match(self.f, provs[0].end, self.sent.end):
            # "Bứt phá mạnh nhất năm nay là Phú Yên, tăng 21 bậc, lên vị trí thứ 27"
            return True
        if any(_EXAMPLE_OF.search(self.f, max(start, p.start - 40), p.start)
               and _RESULT_VERB.match(self.f, p.end, self.sent.end) for p in provs):
            # "... nhưng cũng có những địa phương bứt phá như Lào Cai tăng 12 bậc": provinces
            # given as examples of the ranking, each with its own figure
            return True
        # "... gồm Sơn La (tăng 27 bậc) và Hà Giang (tăng 21 bậc)": each province carries its figure
        return any(_PAREN_VALUE.match(self.f, p.end, self.sent.end) for p in provs)

    def _flush_fronted(self, fronted: list[tuple[_Event, str | None, str | None, int]], index: str | None,
                       prov: str | None, year: int | None, period: str | None,
                       last_rank: tuple[_Fact | None, int] | None, refused: bool
                       ) -> tuple[_Fact | None, int] | None:
        if refused or prov is None or index is None or index == BLOCKED:
            return last_rank
        for pev, _pprov, pcomp, pat in fronted:
            fact = self._fact(index, pcomp, prov, year, period, pat)
            if fact is not None:
                last_rank = self._apply(pev, fact, last_rank) or last_rank
        return last_rank

    def _province_after(self, ev: _Event) -> int | None:
        """Where a score is followed by the province it belongs to ("87,12 điểm, tỉnh Bình Dương")."""
        m = _THEN_PROVINCE.match(self.f, ev.end, self.sent.end)
        if not m:
            return None
        provs = self.doc.provinces_in(m.end(), min(self.sent.end, m.end() + 40))
        return provs[0].start if provs and provs[0].start == m.end() else None

    def _lead_names(self, ev: _Event) -> int | None:
        """Where "đứng đầu ... là <province>" names its leader, the province's start."""
        _a, ce = self._clause_of(ev.start)
        for p in self.doc.provinces_in(ev.end, ce):
            m = _LEAD_IS.match(self.f, ev.end, p.start)
            return p.start if m and m.end() == p.start else None
        return None

    def _respectively(self, ev: _Event, index: str, comp: str | None, year: int | None,
                      period: str | None, prov: str | None = None) -> None:
        """"A, B và C lần lượt xếp thứ 2, 3, 4": one rank per province, in order (or per component
        of the province's: "cải cách thể chế và cải cách tài chính công ... lần lượt xếp thứ 5 và 9")."""
        slot, sign = "rank", 1
        if ev.data.lastgroup == "llc":
            ranks = [int(x) for x in re.findall(r"\d+", ev.data.group("llc_n"))]
            slot, sign = "rank_change", (1 if ev.data.group("llc_v") == "tang" else -1)
        elif ev.data.group("ll_v"):
            ranks = [int(x) for x in re.findall(r"(\d+)(?:/\d+)?", ev.data.group("ll_v"))]
        elif ev.data.group("ll_a"):
            ranks = list(range(int(ev.data.group("ll_a")), int(ev.data.group("ll_b")) + 1))
        else:
            ranks = [_ORDINAL_WORDS[w] for w in re.findall(_ORD_WORD, ev.data.group("ll_w"))]
        cs, _ce = self._clause_of(ev.start)
        provs = self.doc.provinces_in(cs, ev.start)
        found: list[Any] = []
        pos = ev.start
        for p in reversed(provs):
            gap = self.f[p.end:pos]
            if not _LIST_GAP.fullmatch(gap):
                break
            if COMPARATIVE_BEFORE.search(self.f[max(cs, p.start - 20):p.start]):
                return
            found.append(p)
            pos = p.start
        found.reverse()
        if not found:
            found = self._listed_subjects(ev.start, len(ranks))
        if not found and prov and slot == "rank" and len(ranks) >= 2 and all(1 <= r <= 63 for r in ranks):
            comps = [c for c in self.comp_events if cs <= c.start < ev.start and c.data[0] == index]
            if len(comps) == len(ranks):
                for c, r in zip(comps, ranks):
                    fact = self._fact(index, c.data[1], prov, year, period, c.start)
                    if fact is not None and fact.put("rank", r):
                        fact.start, fact.end = min(fact.start, c.start), max(fact.end, ev.end)
                self.consumed.update(c.start for c in comps)
            return
        if len(found) != len(ranks) or len(found) < 2 or any(not 1 <= r <= 63 for r in ranks):
            return
        # "... lần lượt đứng thứ hai, thứ ba với 88,70% và 88,02%": the scores in the same order
        scores = _SCORES_AFTER.match(self.f, ev.end, self.sent.end)
        tokens = re.findall(NUM_U, scores.group("v")) if scores else []
        if len(tokens) != len(found):
            tokens, scores = [], None
        end = scores.end() if scores else ev.end
        for n, (p, r) in enumerate(zip(found, ranks)):
            fact = self._fact(index, comp, p.name, year, period, found[0].start)
            if fact is None or not fact.put(slot, sign * r):
                continue
            fact.slots["_derived_of"] = True
            if tokens:
                self._score(fact, tokens[n], "score")
            fact.start, fact.end = min(fact.start, found[0].start), max(fact.end, end)
        if scores:
            self.skip_until = scores.end()

    def _year_after(self, at: int) -> int | None:
        """The year named right after an index's mention ("Chỉ số CCHC năm 2022"), if any."""
        for p in self.doc.periods_in(at, min(self.sent.end, at + 40)):
            if p.kind == "year" and p.current:
                return p.year
        return None

    def _listed_subjects(self, at: int, n: int) -> list[Any]:
        """The ``n`` provinces a sentence opens with when a later clause gives their figures in
        order: "Hậu Giang và Điện Biên là hai địa phương tăng hạng nhiều nhất, lần lượt tăng 21 và
        18 bậc" (empty when the sentence does not read so)."""
        provs = self.doc.provinces_in(self.sent.start, at)
        if len(provs) != n or self.f[self.sent.start:provs[0].start].strip():
            return []
        if not all(_LIST_GAP.fullmatch(self.f, a.end, b.start) for a, b in zip(provs, provs[1:])):
            return []
        return list(provs) if _ARE_THE_N.fullmatch(self.f, provs[-1].end, at) else []

    def _bad_context(self, ev: _Event) -> bool:
        m = ev.data
        cs = self._clause_of(ev.start)[0]
        if _SELF_ASSESSED.search(self.f, max(self.sent.start, cs - 80), ev.start):
            return True  # "đã hoàn thành tự đánh giá ... với 56,20/62 điểm", "ước đạt 89 điểm"
        if m.lastgroup in ("s", "sb"):
            before = self.f[max(0, ev.start - 12):ev.start]
            if _BEFORE_VALUE_BAD.search(before) or _AFTER_VALUE_BAD.match(self.f, ev.end):
                return True
            if cs > self.sent.start and _MAXIMUM.search(self.f, self.sent.start, cs) \
                    and not _RESULT_WORD.search(self.f, cs, ev.start):
                # "lĩnh vực X tối đa 9 điểm; cải cách thể chế 10 điểm; ...": the maxima listed on
                return True
            if _RATE_SUBJECT.search(self.f, max(self._clause_of(ev.start)[0], ev.start - 70), ev.start):
                return True
            # "Thái Bình cao hơn Nam Định 0,27 điểm": the gap between two provinces, no one's score
            provs = self.doc.provinces_in(max(self._clause_of(ev.start)[0], ev.start - 40), ev.start)
            if provs and not self.f[provs[-1].end:ev.start].strip() \
                    and _MORE_THAN.search(self.f, max(0, provs[-1].start - 25), provs[-1].start):
                return True
        if m.lastgroup == "rk" and _RANGE_RANK.match(self.f, ev.end):
            return True  # "đều xếp từ hạng 20 trở xuống": a range, not a rank
        return False

    def _fact(self, index: str, comp: str | None, prov: str | None, year: int | None,
              period: str | None, start: int) -> _Fact | None:
        if prov is None:
            return None
        period = period if index == "SERVICE_INDEX_766" else None
        for fact in self.facts:
            if (fact.index, fact.component, fact.province, fact.year, fact.period) == (index, comp, prov, year, period):
                return fact
        fact = _Fact(index, comp, prov, year, period, start, start)
        self.facts.append(fact)
        return fact

    def _extend(self, fact: _Fact, a: int, b: int) -> None:
        span = self._paren_of(a)
        if span and span[1] <= self._clause_of(a)[1] + 1 and self.doc.nfc[span[1] - 1] == ")":
            b = max(b, span[1])
        fact.start, fact.end = min(fact.start, a), max(fact.end, b)

    def _apply(self, ev: _Event, fact: _Fact, last_rank: tuple[_Fact | None, int] | None
               ) -> tuple[_Fact | None, int] | None:
        m, g = ev.data, ev.data.lastgroup
        doc = self.doc
        span = self._paren_of(ev.start)
        prev = span is not None and (self._is_prev_zone(span, fact.year) or self._in_year_aside(span, ev.start, fact.year))
        if prev and fact.index == "SERVICE_INDEX_766" and "cung ky" in self.f[max(self.sent.start, span[0] - 40):span[0]]:
            # "cao hơn 31 bậc so với cùng kỳ năm 2023 (tháng 5/2023 tỉnh chỉ đạt 72,50 điểm)": a
            # monthly index's previous value is last month's; the same month a year before is not it
            return (None, 0)
        if prev and fact.period and len(fact.period) == 7 and fact.period[4] == "-":
            # a monthly index's previous value is the month before's, not another month's
            said = _PREV_MONTH.search(self.f, max(self.sent.start, span[0] - 40), span[0])
            if said:
                year, month = int(fact.period[:4]), int(fact.period[5:])
                before = (year - 1, 12) if month == 1 else (year, month - 1)
                if (int(said.group(2) or before[0]), int(said.group(1))) != before:
                    return (None, 0)
        put = False
        new_rank = None
        if g == "rk":
            n = int(m.group("rk_n")) if m.group("rk_n") else _ORDINAL_WORDS[m.group("rk_w")]
            of = m.group("rk_of") or m.group("rk_of2") or m.group("rk_of3")
            of_n = int(of) if of else None
            # a rank out of 63 is national whatever region the sentence named before it
            # ... unless it is beyond any region's size: "Ở khu vực Đông Nam Bộ, Bà Rịa - Vũng Tàu
            # xếp thứ 9" with six provinces in the region is the national rank
            region = self._regional(ev.start, ev.end)
            if of_n and of_n < 30 and _SUB_UNITS.match(self.f, ev.end):
                # "huyện xếp thứ 4/13 huyện, thị xã với 86,35 điểm, tăng 3 bậc": a ranking of the
                # province's districts or departments; the score and change with it are the unit's too
                fact.slots["_sub_units"] = True
                return (None, 0)
            if (region and not (of_n and of_n >= 34) and n <= self._region_size(region)) \
                    or n < 1 \
                    or (of_n and (n > of_n or of_n < 30)) \
                    or _AMONG_OTHERS.match(self.f, ev.end):
                return (None, 0)
            if prev:
                put = fact.put("prev_rank", n)
            else:
                put = fact.put("rank", n)
                if put and of_n:
                    fact.put("rank_of", of_n)
                new_rank = (fact, n) if put else None
        elif g in ("lead", "second"):
            before = self.f[max(self._clause_of(ev.start)[0], ev.start - 40):ev.start]
            if prev or _LEAD_GROUP.search(before) or _LEAD_NOT_RANK.match(self.f, ev.end) \
                    or self._regional(ev.start, ev.end):
                return (None, 0)
            place = 1 if g == "lead" else 2  # "á quân": the runner-up
            put = fact.put("rank", place)
            new_rank = (fact, place) if put else None
            out_of = _LEAD_OUT_OF.match(self.f, ev.end)
            if put and out_of:
                # "đứng đầu 34 tỉnh, thành phố": the ranking's size, stated
                fact.put("rank_of", int(out_of.group(1)))
            elif put:
                fact.slots["_derived_of"] = True
        elif g == "rc" and not prev:
            if _VS_NATIONAL.match(self.f, ev.end) \
                    or _MULTI_YEAR.search(self.f, max(self.sent.start, ev.start - 60), min(self.sent.end, ev.end + 20)):
                return None
            if m.group("rc_a"):
                sign = -1 if m.group("rc_a") in ARROWS_DOWN else 1
                put = fact.put("rank_change", sign * int(m.group("rc_an")))
            else:
                sign = -1 if m.group("rc_v") in ("giam", "tut", "sut", "lui", "ha") else 1
                put = fact.put("rank_change", sign * int(m.group("rc_n")))
        elif g == "sc" and not prev:
            if _VS_NATIONAL.match(self.f, ev.end):
                return None
            sign = -1 if m.group("sc_v") in ("giam", "tut", "sut", "thap hon") else 1
            value = doc.number(m.group("sc_n"))
            lo, hi = SCORE_RANGE.get(fact.index, (0, 100))
            if re.search(r"(?:tang len|giam xuong)(?![a-z])", m.group()) and hi >= 100 and value > 25:
                # "điểm số tăng lên 80,15 điểm": risen to a level no change reaches, so the score
                put = self._score(fact, m.group("sc_n"), "score")
            else:
                put = fact.put("score_change", sign * value)
        elif g == "fr" and not prev:
            put = fact.put("rank", int(m.group("fr_b")))
            if put:
                fact.put("prev_rank", int(m.group("fr_a")))
        elif g == "fs" and not prev:
            if m.group("fs_u") == "%" and fact.index not in PERCENT_SCORED:
                return None
            put = self._score(fact, m.group("fs_b"), "score")
            if put:
                self._score(fact, m.group("fs_a"), "prev_score")
        elif g == "s":
            unit = m.group("s_u")
            if unit.strip() == "%" and fact.index not in PERCENT_SCORED:
                return None
            if _DIFFERENCE_BEFORE.search(self.f, max(self.sent.start, ev.start - 50), ev.start):
                return None  # "thấp hơn mức trung bình chung 0,26%": a difference, not a score
            if not prev and "score" in fact.slots:
                return None
            put = self._score(fact, m.group("s_n"), "prev_score" if prev else "score")
        elif g == "sb":
            if "score" not in fact.slots and not prev:
                put = self._score(fact, m.group("sb_n"), "score")
        if put:
            self._extend(fact, ev.start, ev.end)
        return new_rank

    def _score(self, fact: _Fact, token: str, slot: str) -> bool:
        value = self.doc.number(token)
        lo, hi = SCORE_RANGE.get(fact.index, (0, 100))
        if fact.component and fact.index in ("PAPI", "PCI"):
            hi = 10
        if not lo <= value <= hi:
            return False
        if fact.index in UNIT_SCALE and value >= 1 and slot == "score":
            return False
        return fact.put(slot, value)

    def _ranked_before(self, ev: _Event, index: str | None) -> tuple[_Fact | None, int] | None:
        """The rank of the province "xếp sau <province> là" names, when this sentence gave it one
        ("Bộ Tư pháp (90.92%) và Quảng Ninh (90.15%) lần lượt dẫn đầu ...; xếp sau Quảng Ninh là ...")."""
        if not ev.data.group("enum_gap"):
            return None
        named = self.doc.provinces_in(self.sent.start + ev.data.start("enum_gap"), self.sent.start + ev.data.end("enum_gap"))
        if len(named) != 1:
            return None
        for fact in self.facts:
            if fact.province == named[0].name and fact.index == index and fact.component is None \
                    and isinstance(fact.slots.get("rank"), int):
                return fact, fact.slots["rank"]
        return None

    def _enum(self, ev: _Event, last_rank: tuple[_Fact | None, int] | None, index: str,
              comp: str | None, year: int | None, period: str | None) -> None:
        if not last_rank or last_rank[0] is None:
            return
        base_fact, base = last_rank
        pos = ev.end
        end = self._clause_of(ev.start)[1]
        provs = {p.start: p for p in self.doc.provinces_in(pos, end)}
        found = []
        bare_scores: dict[int, str] = {}
        while True:
            # the gap may end before "TP." (a mention that includes it) or after "tỉnh"/"TP."
            bare = _ENUM_GAP.match(self.f, pos)
            m = _ENUM_GAP_PREFIX.match(self.f, pos)
            p = provs.get(bare.end()) if bare else None
            if p is None:
                p = provs.get(m.end() if m else pos)
            if p is None:
                break
            if not found and _OWN_RANK_AFTER.match(self.f, p.end):
                return  # "tiếp theo là Kon Tum xếp thứ 52, Gia Lai thứ 55": each states its own rank
            found.append(p)
            pos = p.end
            # "Hải Phòng (71,05 điểm), Long An (70,27 điểm) ...": the figures in parentheses
            # are read as each province's own values; the walk steps over them
            paren = _PAREN_AFTER.match(self.f, pos, end)
            if paren:
                # "Hà Nội (0,8912), TP. Hồ Chí Minh (0,8640)": a bare number is the score
                inner = _BARE_SCORE.fullmatch(self.f, paren.start() + paren.group().index("(") + 1, paren.end() - 1)
                if inner:
                    bare_scores[p.start] = inner.group("v")
                pos = paren.end()
        for i, p in enumerate(found, start=1):
            fact = self._fact(base_fact.index, base_fact.component, p.name, base_fact.year, period, ev.start)
            if fact is None or not fact.put("rank", base + i):
                continue
            fact.slots["_derived_of"] = True
            if p.start in bare_scores:
                self._score(fact, bare_scores[p.start], "score")
            fact.start, fact.end = min(fact.start, ev.start), max(fact.end, found[-1].end)

    # ----- finishing --------------------------------------------------------
    def _finish(self) -> list[dict[str, Any]]:
        ctx, doc = self.ctx, self.doc
        chunk = self.f[self.sent.start:self.sent.end]
        periods = doc.periods_in(self.sent.start, self.sent.end)
        # not a year inside a figure ("từ vị trí 52 năm 2020 lên vị trí 19": the earlier rank's)
        years = [p for p in periods
                 if p.current and p.kind == "year" and not self._in_paren(p.start, prev_only=True)
                 and not any(a < p.start < b for a, b in self.values)]
        cmp = _CMP_YEAR.search(chunk)
        merged: dict[tuple[Any, ...], _Fact] = {}
        #: a sentence that names no period goes on in the month the one before gave the monthly
        #: index ("Tháng 9/2025, tỉnh xếp thứ 3/34. Xếp trên tỉnh là TP. Hồ Chí Minh (thứ nhất, ...)")
        dateless = not any(p.current for p in periods)
        months = [p for p in periods if p.current and p.kind == "month" and p.period and not self._in_paren(p.start, prev_only=True)]
        for fact in self.facts:
            if not any(k in fact.slots for k in ("score", "rank", "score_change", "rank_change",
                                                 "prev_score", "prev_rank")):
                continue
            if fact.year is None:
                fact.year = self._resolve_year(fact, years, cmp)
            if fact.index == "SERVICE_INDEX_766" and fact.period is None and dateless and ctx.month \
                    and ctx.month[0] == fact.year:
                fact.period = ctx.month[1]
            elif fact.index == "SERVICE_INDEX_766" and fact.period is None and len(months) == 1 \
                    and months[0].year == fact.year:
                # "QUẢNG BÌNH TĂNG 3 BẬC BỘ CHỈ SỐ PHỤC VỤ ... THÁNG 2/2026": the one month the
                # sentence names, even after the figure
                fact.period = months[0].period
            key = (fact.index, fact.component, fact.province, fact.year, fact.period)
            if key in merged:
                other = merged[key]
                for slot, v in fact.slots.items():
                    other.slots.setdefault(slot, v)
                other.start, other.end = min(other.start, fact.start), max(other.end, fact.end)
            else:
                merged[key] = fact
        sizes = self._ranking_sizes()
        latest: dict[str, int] = {}  # the year the next sentence goes on in: the sentence's latest
        for fact in merged.values():
            if "rank" in fact.slots and "rank_of" not in fact.slots and fact.index in sizes:
                # "Trên bảng xếp hạng DTI năm 2023 (63 tỉnh, thành phố), Kiên Giang xếp thứ 18"
                fact.slots["rank_of"] = sizes[fact.index]
            if fact.index == "SERVICE_INDEX_766" and fact.period and fact.year is not None \
                    and len(fact.period) == 7:
                ctx.month = (fact.year, fact.period)
            if fact.year is not None:
                # ("Năm 2020, tỉnh xếp hạng 24/63, trong khi năm 2019 chỉ đứng thứ 38. Trong 8 lĩnh vực ...": 2020)
                latest[fact.index] = max(fact.year, latest.get(fact.index, fact.year))
                ctx.index_year[fact.index] = latest[fact.index]
            if "rank_of" in fact.slots and not fact.slots.get("_derived_of"):
                ctx.rank_of[(fact.index, fact.year)] = fact.slots["rank_of"]
        out = []
        for fact in merged.values():
            if fact.slots.pop("_sub_units", False):
                continue
            derived = fact.slots.pop("_derived_of", False) and "rank_of" not in fact.slots
            if derived:
                of = ctx.rank_of.get((fact.index, fact.year))
                if of:
                    fact.slots["rank_of"] = of
            rec: dict[str, Any] = {"kind": "index_result", "province": fact.province, "index": fact.index,
                                   "year": fact.year, "component": fact.component}
            for slot in FIELDS[3:]:
                rec[slot] = fact.slots.get(slot)
            if derived and rec["rank_of"] is None:
                ctx.unsized.append(rec)  # the article may state "/63" for this index later
            if fact.period:
                rec["period"] = fact.period
            rec["evidence"] = doc.evidence(fact.start, fact.end)
            out.append(rec)
        return out

    def _ranking_sizes(self) -> dict[str, int]:
        """How many provinces the sentence says an index ranks, stated right after its name:
        "bảng xếp hạng DTI năm 2023 (63 tỉnh, thành phố)"."""
        sizes: dict[str, int] = {}
        for m in self.doc.indices_in(self.sent.start, self.sent.end):
            size = _RANKING_SIZE.match(self.f, m.end, self.sent.end)
            if size:
                sizes[m.name] = int(size.group("n") or size.group("n2"))
        return sizes

    def _resolve_year(self, fact: _Fact, years: list[Any], cmp: re.Match[str] | None) -> int | None:
        if fact.period and fact.period[:4].isdigit():
            return int(fact.period[:4])
        if fact.index != "SERVICE_INDEX_766":
            # "Năm nay ghi nhận ...: Bình Phước vượt 29 bậc" in a release of 2024's index
            # published in 2025 is the release's year, as in the event loop
            years = [p for p in years if not _THIS_YEAR.match(self.f, p.start)]
        after = [p.year for p in years if p.start >= fact.start]
        if after:
            return after[0]
        if years:
            return years[-1].year
        if cmp:
            return int(cmp.group(1)) + 1
        carried = self.carried_year or self.ctx.index_year.get(fact.index)
        if carried:
            if self.ctx.topic_year and carried < self.ctx.topic_year and self.ctx.topic_year >= 2025 \
                    and _OF_34.search(self.f, self.sent.start, self.sent.end):
                # "... xếp thứ 22/34" after a sentence on 2024: the 34 units rank from 2025 on, so
                # this is the year the headline names, not the older one the last sentence told
                return self.ctx.topic_year
            return carried
        pub = self.doc.published
        if pub is None:
            return None
        return pub.year if fact.index == "SERVICE_INDEX_766" else pub.year - 1


_DIGIT_RE = re.compile(r"\d")


def _in_plain_aside(f: str, s: int, e: int, a: int, b: int, named: list[Any]) -> bool:
    """Whether ``f[a:b]`` sits in a parenthesis of the sentence ``[s, e)`` that holds no digit
    and comes right after another province's name (the provinces a unit was merged from);
    not "địa phương này (khi đó là tỉnh Thừa Thiên Huế) đạt", where the aside names the
    subject. Bounded so a long sentence costs little: the parenthesis must open within 80
    characters before and close within 80 after."""
    opened = f.rfind("(", max(s, a - 80), a)
    if opened < 0 or f.find(")", opened, a) >= 0:
        return False
    if not any(0 <= opened - q.end <= 2 for q in named):
        return False
    closed = f.find(")", b, min(e, b + 80))
    return closed >= 0 and not _DIGIT_RE.search(f, opened, closed)
