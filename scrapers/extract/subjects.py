"""Who or what a figure is about: provinces, non-provinces, targets, regions.

Shared by the prose rules. A province's result needs a province as its subject;
these patterns recognise the other subjects an article gives figures for
(ministries, departments, districts, national averages, the highest and lowest
scores), the words that turn a figure into a target ("phấn đấu") and regional
rankings ("khu vực ĐBSCL"). All patterns are folded (see ``textnorm``).
"""
from __future__ import annotations

import re

COMPARATIVE_BEFORE = re.compile(r"(?:sau|hon|truoc|so voi|nhu|cung voi|vuot qua|vuot|(?<!cho )thay|ngang|voi|tham gia)\s+"
                                 r"(?:(?:tinh|thanh pho|tp\.?)\s+)?$")

NONPROV_RE = re.compile(
    r"(?<![a-z])(?:(?P<cap>bo|so|huyen|thi xa|quan|thanh pho|tp\.?|ubnd(?: (?:huyen|thi xa|thanh pho|quan))?"
    r"|uy ban nhan dan (?:huyen|thi xa|thanh pho|quan)) (?=\S)"
    r"|(?P<fixed>ngan hang nha nuoc|thanh tra chinh phu|van phong chinh phu|uy ban dan toc|khoi (?:bo|co quan|so)"
    r"|cac bo|bo, (?:co quan|nganh)|co quan ngang bo|cac (?:so|huyen|don vi|co quan|dia phuong)|cap (?:so|huyen|xa)"
    r"|trung (?:binh|vi)(?! (?:thap|cao))|binh quan"
    # "Về SIPAS năm 2024, mức độ hài lòng chung đạt 83,56%": the country's, unless it is someone's
    r"|muc (?:do )?hai long chung(?! (?:cua|tai|o|doi voi) )"
    r"|(?<!nhom )(?<!nhom dat diem )(?<!nhom co diem )(?<!nhom ket qua )(?<!phuong co diem so )(?<!phuong co diem )(?:cao nhat|thap nhat)(?! (?:vung|khu vuc|mien|trong vung|trong khu vuc|tay nguyen|dong bang))|(?<!dan dau )(?<!dung dau )(?<!nhat )ca nuoc (?:dat|la|co)"
    r"|toan quoc (?:dat|la)|xa,? phuong|cua (?:huyen|thi xa|xa|phuong|thi tran))(?![a-z]))"
)

HOST_RE = re.compile(r"(?<![a-z])(?:cua tinh|tinh (?:ta|nha)|toan tinh|cua thanh pho|thanh pho (?:ta|nha)"
                      r"|cua dia phuong)(?![a-z])")

#: a target, or a hypothetical whose consequence is modal ("Nếu lĩnh vực này đạt 9 điểm thì tỉnh đã có
#: thể vào nhóm 20", "nếu đạt 90 điểm, tỉnh sẽ vào nhóm A"): neither is a result. "Nếu so với",
#: "nếu tính cả" compare or count, and "Nếu như năm 2020 tỉnh đứng thứ 45 thì năm 2021 đã lên
#: thứ 30" (no "sẽ" / "có thể") contrasts two results, so none of those is a hypothetical.
TARGET_RE = re.compile(r"(?<![a-z])(?:phan dau|muc tieu|chi tieu|phai dat|du kien|ke hoach dat|nham dat|de dat"
                        r"|it nhat|toi thieu|can dat|se dat|hy vong"
                        r"|neu(?! (?:nhu )?(?:so|tinh|xet|khong tinh)(?![a-z]))"
                        r"(?=[^.;?!\n]{0,200}(?<![a-z])(?:se|co the)(?![a-z])))(?![a-z])")

REGIONAL_RE = re.compile(
    r"(?<![a-z])(?:khu vuc(?! cong)|vung (?:dong bang|tay nguyen|trung du|duyen hai|kinh te)|dbscl"
    r"|dong bang song (?:cuu long|hong)|tay nguyen|trung du (?:va )?mien nui|mien (?:nui|trung|tay|dong|bac|nam)"
    r"|duyen hai|dong nam bo|bac trung bo|nam trung bo|cum thi dua|khoi thi dua|cac tinh (?:mien|vung|phia|thuoc)"
    r"|(?:cua|trong|toan) vung(?! (?:cao|sau|xa|bien|dong bao))(?![a-z]))"
)

#: a clause that reports what was done ("đã", "được"): a target named before it no longer governs
PAST_RE = re.compile(r"(?<![a-z])(?:da|duoc|dat duoc)(?![a-z])")

#: "do Bộ Nội vụ công bố" (by), not "trong đó Sở Nội vụ đạt" (of which: đó folds to "do" too)
PUBLISHER_BEFORE = re.compile(r"(?:(?<!trong )(?<!theo )(?<!tai )(?<!vi )do|duoc|cua|theo|boi|tu|voi|phoi hop voi|cung|va|giua|tai)\s*$")

CITY_BEFORE = re.compile(r"(?:thanh pho|tp\.?)\s*$")

#: national or ministerial subjects: their task and dossier figures are not a province's
NATIONAL_RE = re.compile(r"(?<![a-z])(?:cac bo|bo, (?:co quan|nganh)|chinh phu|ca nuoc|trung uong|cac dia phuong"
                         r"|co quan ngang bo|toan quoc|\d+/63 (?:tinh|dia phuong))(?![a-z])")

#: how the capitalised-body keywords of NONPROV_RE must be spelled in the original
#: text ("số" folds like "Sở", "quản" like "Quận")
BODY_SPELLING = {"bo": "bộ", "so": "sở", "quan": "quận", "huyen": "huyện", "thi xa": "thị xã"}


def is_body_keyword(folded_kw: str, original_kw: str, folded_before: str) -> bool:
    """Whether a NONPROV_RE ``cap`` match really is the body word it folds to."""
    want = BODY_SPELLING.get(folded_kw.strip())
    if want is None:
        return True
    got = original_kw.strip().lower()
    if got == want:
        return True
    return got == folded_kw.strip() and not folded_before.endswith("chi ")
