"""Text pasted from old Word files in .VnTime (TCVN3) or VNI-Times is recognised and converted to Unicode."""

from __future__ import annotations

import json
import unicodedata

import pytest

from gui.core.legacy_encoding import detect_legacy, to_unicode
from gui.resources import resource_path

# Realistic sentences of a provincial report, each with its TCVN3 and VNI-Windows spellings as Word pastes them.
SENTENCES = [
    (
        "Báo cáo kết quả thực hiện Nghị quyết số 82/NQ-CP ngày 26/5/2020 của Chính phủ",
        "B¸o c¸o kÕt qu¶ thùc hiÖn NghÞ quyÕt sè 82/NQ-CP ngµy 26/5/2020 cña ChÝnh phñ",
        "Baùo caùo keát quaû thöïc hieän Nghò quyeát soá 82/NQ-CP ngaøy 26/5/2020 cuûa Chính phuû",
    ),
    (
        "Sở Công Thương tỉnh Nghệ An đã phối hợp với các sở, ngành tổ chức tuyên truyền",
        "Së C«ng Th\u00ad¬ng tØnh NghÖ An ®· phèi hîp víi c¸c së, ngµnh tæ chøc tuyªn truyÒn",
        "Sôû Coâng Thöông tænh Ngheä An ñaõ phoái hôïp vôùi caùc sôû, ngaønh toå chöùc tuyeân truyeàn",
    ),
    (
        "Đồng thời tiếp nhận, giải quyết yêu cầu của người tiêu dùng qua đường dây nóng",
        "§ång thêi tiÕp nhËn, gi¶i quyÕt yªu cÇu cña ng\u00adêi tiªu dïng qua ®\u00adêng d©y nãng",
        "Ñoàng thôøi tieáp nhaän, giaûi quyeát yeâu caàu cuûa ngöôøi tieâu duøng qua ñöôøng daây noùng",
    ),
    (
        "Ủy ban nhân dân tỉnh ban hành Kế hoạch số 473/KH-UBND về bảo vệ quyền lợi người tiêu dùng",
        "ñy ban nh©n d©n tØnh ban hµnh KÕ ho¹ch sè 473/KH-UBND vÒ b¶o vÖ quyÒn lîi ng\u00adêi tiªu dïng",
        "UÛy ban nhaân daân tænh ban haønh Keá hoaïch soá 473/KH-UBND veà baûo veä quyeàn lôïi ngöôøi tieâu duøng",
    ),
]


@pytest.mark.parametrize(("unicode", "tcvn3", "vni"), SENTENCES)
def test_tcvn3_detected_and_converted(unicode: str, tcvn3: str, vni: str) -> None:
    guess = detect_legacy(tcvn3)
    assert guess is not None and guess.encoding == "tcvn3" and guess.name == "TCVN3 (ABC)"
    # ABC fonts have no capital Ủ: a sentence starting with it was typed "ñy" and comes back lower case.
    assert guess.converted == (unicode if not tcvn3.startswith("ñy") else "ủy" + unicode[2:])


@pytest.mark.parametrize(("unicode", "tcvn3", "vni"), SENTENCES)
def test_vni_detected_and_converted(unicode: str, tcvn3: str, vni: str) -> None:
    guess = detect_legacy(vni)
    assert guess is not None and guess.encoding == "vni" and guess.name == "VNI-Windows"
    assert guess.converted == unicode


@pytest.mark.parametrize(("unicode", "tcvn3", "vni"), SENTENCES)
def test_unicode_text_is_left_alone(unicode: str, tcvn3: str, vni: str) -> None:
    assert detect_legacy(unicode) is None
    assert detect_legacy(unicodedata.normalize("NFD", unicode)) is None


def test_capitals_typed_in_the_h_fonts() -> None:
    # .VnTimeH reuses lower-case codes for capitals: the ASCII letters around tell the case.
    assert to_unicode("B¸O C¸O KÕT QU¶", "tcvn3") == "BÁO CÁO KẾT QUẢ"
    assert to_unicode("TR\u00a6êNG", "tcvn3") == "TRƯỜNG"
    assert to_unicode("BAÙO CAÙO KEÁT QUAÛ", "vni") == "BÁO CÁO KẾT QUẢ"
    assert to_unicode("Aûnh höôûng", "vni") == "Ảnh hưởng"


def test_unicode_words_inside_a_legacy_paste_are_kept() -> None:
    # Words with letters only Unicode has are left as they are; a mixed paste is still shown to the user first.
    assert to_unicode("Đã lập B¸o c¸o", "tcvn3") == "Đã lập Báo cáo"


@pytest.mark.parametrize(
    "text",
    [
        "",
        "UBND tỉnh",
        "Hoàng Văn Toàn, khoẻ, hoá đơn, xoè, quá, thuê, xuân, ngoãn, luôn",
        "Café au lait",
        "Giá 5µm, 20µg, © 2025, «trích dẫn», § 3",
        "Nguyễn Thị Hường — 1800 6838",
    ],
)
def test_no_false_alarm(text: str) -> None:
    assert detect_legacy(text) is None


def test_a_unicode_report_quoting_one_odd_word_is_not_flagged() -> None:
    text = "Công ty đã cung cấp thông tin sai lệch về sản phẩm “Señor” trong năm"
    assert detect_legacy(text) is None


def test_the_tables_are_complete_and_consistent() -> None:
    data = json.loads(resource_path("data", "legacy_vietnamese.json").read_text(encoding="utf-8"))
    tcvn3, vni = data["tcvn3"], data["vni"]
    assert len(tcvn3) == 74 and len(set(tcvn3.values())) == 74
    assert len(vni) == 134 and len(set(vni.values())) == 134
    for table in (tcvn3, vni):
        for source, letter in table.items():
            assert all(0xA0 <= ord(c) <= 0xFF or c.isascii() for c in source), source
            assert unicodedata.is_normalized("NFC", letter) and len(letter) == 1
    # Every Vietnamese letter with a diacritic, lower and upper case, has its VNI spelling.
    letters = {unicodedata.normalize("NFC", c) for c in "".join(vni.values())}
    assert {"ạ", "ặ", "ậ", "ẹ", "ệ", "ị", "ọ", "ộ", "ợ", "ụ", "ự", "ỵ", "đ", "Ỵ", "Đ", "Ữ"} <= letters
    # And TCVN3 has every lower-case one plus the seven capitals of the ABC fonts.
    assert set("ĂÂĐÊÔƠƯ") <= set(tcvn3.values())
