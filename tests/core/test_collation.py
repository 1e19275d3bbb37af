"""Vietnamese dictionary order for lists people scan by eye (the provinces)."""

from __future__ import annotations

import datetime as dt

from gui.core.text import vietnamese_sort_key
from gui.core.units import province_list_at


def test_letters_with_marks_follow_their_base_and_tones_come_second() -> None:
    words = ["Đồng Tháp", "Thanh Hóa", "Điện Biên", "Tây Ninh", "Đắk Lắk", "Vĩnh Long", "Đồng Nai", "Dak", "An Giang"]
    assert sorted(words, key=vietnamese_sort_key) == [
        "An Giang",
        "Dak",
        "Đắk Lắk",
        "Điện Biên",
        "Đồng Nai",
        "Đồng Tháp",
        "Tây Ninh",
        "Thanh Hóa",
        "Vĩnh Long",
    ]
    assert sorted(["ca", "cà", "cả", "cã", "cá", "cạ", "că", "câ"], key=vietnamese_sort_key) == [
        "ca", "cà", "cả", "cã", "cá", "cạ", "că", "câ"
    ]  # fmt: skip
    assert sorted(["Anh", "An Giang"], key=vietnamese_sort_key) == ["An Giang", "Anh"]


def test_the_34_provinces_in_dictionary_order() -> None:
    names = sorted((u.name for u in province_list_at(dt.date(2025, 12, 31)).units), key=vietnamese_sort_key)
    assert names[0] == "An Giang"
    assert names.index("Đắk Lắk") < names.index("Điện Biên") < names.index("Đồng Nai") < names.index("Đồng Tháp") < names.index("Gia Lai")
    assert names.index("Tây Ninh") < names.index("Thái Nguyên") < names.index("Thanh Hóa")
    assert names[-1] == "Vĩnh Long"
