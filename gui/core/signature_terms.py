"""The words a signature is judged in, shared by the store, signing, the inbox and the operations: its role (Nghị
định 30/2020, Điều 5) and its status. The values are what the store keeps and the JSON carries."""

from __future__ import annotations

from enum import StrEnum


class Role(StrEnum):
    SIGNER = "signer"  # người có thẩm quyền: the handwritten-signature image
    AGENCY = "agency"  # cơ quan (văn thư): the seal image
    UNKNOWN = "unknown"  # a field another tool named


class Status(StrEnum):
    """A file's (or one signature's) status; the values are what the store keeps."""

    TRUSTED = "trusted"
    UNVERIFIED = "unverified"
    UNSIGNED = "unsigned"
    BROKEN = "broken"
