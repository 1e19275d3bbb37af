"""The agency profile: who reports (the unit), who signs, and the defaults every new report starts from."""

from __future__ import annotations

from typing import Literal

from pydantic import BaseModel, ConfigDict, Field

from gui.core.document import Signer


class Profile(BaseModel):
    model_config = ConfigDict(extra="ignore", frozen=True)

    unit_kind: Literal["province", "ministry"] = "province"
    unit_code: str = ""
    parent_body: str = Field(default="", description="e.g. ỦY BAN NHÂN DÂN TỈNH NGHỆ AN")
    agency: str = Field(default="SỞ CÔNG THƯƠNG")
    symbol: str = Field(default="BC-SCT", description="Document symbol after the number: BC-SCT, BC-UBND.")
    place: str = ""
    signer: Signer = Signer(authority="KT.", authority_of="GIÁM ĐỐC", position="PHÓ GIÁM ĐỐC")
    addressee: list[str] = Field(default_factory=list)
    recipients: list[str] = Field(default_factory=list)
    archive_unit: str = Field(default="QLTM", description="The unit in '- Lưu: VT, <unit>.'")
    ministry_email: str = ""
    export_dir: str = ""

    @property
    def is_set_up(self) -> bool:
        return bool(self.unit_code and self.agency)
