"""The two signatures of a report (Nghị định 30/2020, Điều 5): the competent person's, then the agency's.

    Role.SIGNER / Role.AGENCY / Role.UNKNOWN
    FIELD_NAMES[role]            the signature field our app writes for each role
    role_of_field("ChuKyCoQuan") -> Role.AGENCY      a field another tool named: Role.UNKNOWN

The role of a signature is read from the name of the field the app created for it; a file signed by another
tool names its fields otherwise, and its roles come from the order (and the Ministry's certificate registry).
"""

from __future__ import annotations

import re

from gui.core.i18n import QT_TRANSLATE_NOOP
from gui.core.signature_terms import Role as Role  # defined with the store's other signature words

FIELD_NAMES = {Role.SIGNER: "ChuKyNguoiCoThamQuyen", Role.AGENCY: "ChuKyCoQuan"}
# Marked for the catalog, translated where shown.
ROLE_LABELS = {
    Role.SIGNER: QT_TRANSLATE_NOOP("Signing", "người có thẩm quyền"),
    Role.AGENCY: QT_TRANSLATE_NOOP("Signing", "cơ quan (văn thư)"),
    Role.UNKNOWN: QT_TRANSLATE_NOOP("Signing", "vai trò không rõ"),
}
ORDER = (Role.SIGNER, Role.AGENCY)  # the competent person signs first, the agency second


def role_of_field(name: str) -> Role:
    """The role of the field our app wrote: its base name, or the base name and a number (a second attempt)."""
    for role, base in FIELD_NAMES.items():
        if re.fullmatch(rf"{base}\d*", name):
            return role
    return Role.UNKNOWN


def roles_in_order(roles: tuple[Role, ...]) -> tuple[Role, ...]:
    """Each signature's role, a field another tool named taking the role its place in the order gives it."""
    return tuple(
        r if r is not Role.UNKNOWN else ORDER[i] if i < len(ORDER) else Role.UNKNOWN for i, r in enumerate(roles)
    )
