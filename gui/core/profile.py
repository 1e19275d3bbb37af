"""The agency profile: who reports (the unit), who signs, and the defaults every new report starts from."""

from __future__ import annotations

from typing import Literal

import msgspec

from gui.core.document import Signer


class Profile(msgspec.Struct, frozen=True, kw_only=True):
    """Stored as JSON in the database; a key this version does not know (written by a newer one) is ignored."""

    unit_kind: Literal["province", "ministry"] = "province"
    unit_code: str = ""
    parent_body: str = ""  # e.g. ỦY BAN NHÂN DÂN TỈNH NGHỆ AN
    agency: str = "SỞ CÔNG THƯƠNG"
    symbol: str = "BC-SCT"  # the document symbol after the number: BC-SCT, BC-UBND
    place: str = ""
    signer: Signer = msgspec.field(
        default_factory=lambda: Signer(authority="KT.", authority_of="GIÁM ĐỐC", position="PHÓ GIÁM ĐỐC")
    )
    addressee: list[str] = msgspec.field(default_factory=list)
    recipients: list[str] = msgspec.field(default_factory=list)
    archive_unit: str = "QLTM"  # the unit in '- Lưu: VT, <unit>.'
    ministry_email: str = ""
    contact_name: str = ""  # the focal point who sends the report: signs the e-mail (not the report's signer)
    contact_phone: str = ""
    export_dir: str = ""
    # The Ministry's side (Bộ Công Thương receiving and consolidating reports): no reporting unit needed.
    receiving: bool = False

    @property
    def is_set_up(self) -> bool:
        return self.receiving or bool(self.unit_code and self.agency)

    @classmethod
    def from_json(cls, text: str | bytes) -> Profile:
        return msgspec.json.decode(text, type=cls)

    def to_json(self) -> str:
        return msgspec.json.encode(self).decode("utf-8")
