"""What was written after a signature, proved harmless cheaply: only the later signatures' own fields and the
validation data, object by object.

pyHanko's difference analysis (what gui.signing.verify used alone) walks every path from the trailer to every
object of the file, parsing each one: more than half of a signed report's verification. This compares only what
the incremental updates after the signed revision wrote, against the policy gui.signing.verify enforces:

- the catalogue: the same keys and values, except /AcroForm, /DSS (validation data), /Extensions and /Version;
- the form: the same fields in the same order, new ones appended, /SigFlags;
- a page: the same keys and values, new annotations appended to /Annots (the array itself may be rewritten);
- the document information dictionary (/Info), which nothing but the trailer may point to;
- the validation data dictionary the catalogue points to (/DSS, by the same reference when signed and now): only
  its /Certs, /OCSPs, /CRLs and /VRI, which a later signature's B-LT update extends (never drawn);
- every new object: a new signature field of a later signature (a widget listed in the form and on its page,
  nothing else), the objects under it (its signature dictionary, its appearance), or validation data (/DSS);
- no object of the signed revision points to a new object number (a reference planted before signing, resolved
  by a later update): checked on the signed bytes themselves, which must hold no object stream;
- no rewritten stream (only dictionaries are compared), nothing freed, no object number reused, no object stream,
  no cross-reference stream, no encryption.

`judge_updates(...)` says ALLOWED only when every change is one of these, PLANTED when an object of the signed
revision really points to an object number only a later update defines (pyHanko's analysis does not see this one:
an annotation whose appearance is "nothing" when signed and a white page after), and otherwise UNKNOWN: "not shown
cheaply", and gui.signing.verify runs pyHanko's full analysis and its own stricter checks (which name the
problem), so an unusual but honest file (another tool's) costs time, never trust.

    judge_updates(reader, data, revision, signed_end, later) -> Updates.ALLOWED | PLANTED | UNKNOWN
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Iterator
from enum import StrEnum
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from pyhanko.pdf_utils.reader import PdfFileReader

# After an object number, the rest of a reference as a PDF reader could take it: whitespace and comments between
# the parts, read liberally (a fraction, a sign, leading zeros): a false match only sends the file to the full
# analysis.
_SPACE = rb"(?:[\x00\t\n\x0c\r ]|%[^\r\n]*)"
REFERENCE_REST = re.compile(rb"(?:\.[0-9]*)?" + _SPACE + rb"+[+-]?[0-9.]{1,12}" + _SPACE + rb"*R")
DIGITS = frozenset(b"0123456789.")
CATALOGUE_CHANGES = frozenset({"/AcroForm", "/DSS", "/Extensions", "/Version"})
FORM_CHANGES = frozenset({"/Fields", "/SigFlags"})
WIDGET_KEYS = frozenset(
    {"/FT", "/T", "/TU", "/Type", "/Subtype", "/F", "/Rect", "/P", "/V", "/AP", "/MK", "/DA", "/Ff", "/Lock", "/SV"}
)
DSS_KEYS = frozenset({"/Type", "/Certs", "/OCSPs", "/CRLs", "/VRI"})
MAX_OBJECTS = 2000  # objects written after a signature, at most, for the cheap proof


class Updates(StrEnum):
    ALLOWED = "allowed"  # only the allowed additions
    PLANTED = "planted"  # an object of the signed revision points to an object only a later update wrote
    UNKNOWN = "unknown"  # not shown cheaply: the full analysis judges


def judge_updates(reader: PdfFileReader, data: bytes, revision: int, signed_end: int, later: frozenset[str]) -> Updates:
    """Whether everything written after `revision` (the signed revision, ending at byte `signed_end`) is allowed as
    above, the new signature fields being named in `later`."""
    try:
        verdict = _check(reader, data, revision, signed_end, later)
    except Exception:  # a structure this does not know: the full analysis judges it
        return Updates.UNKNOWN
    if isinstance(verdict, Updates):
        return verdict
    return Updates.ALLOWED if verdict else Updates.UNKNOWN


def _check(reader: PdfFileReader, data: bytes, revision: int, signed_end: int, later: frozenset[str]) -> bool | Updates:
    # lazy: pyHanko is imported when a signature is checked
    from pyhanko.pdf_utils import generic
    from pyhanko.pdf_utils.xref import XRefSectionType

    xrefs = reader.xrefs
    last = xrefs.total_revisions - 1
    if revision >= last:
        return True
    if reader.encrypted or not 0 < signed_end <= len(data):
        return False
    for rev in range(last + 1):
        meta = xrefs.get_xref_container_info(rev)
        if meta.xref_section_type is not XRefSectionType.STANDARD:
            return False  # cross-reference streams may point into object streams the byte scan cannot read
        section = xrefs.get_xref_data(rev)
        if section.xrefs_in_objstm or section.hybrid is not None:
            return False
        # Every object of a revision lies before that revision's cross-reference table: the signed revision's
        # objects are all in the signed bytes.
        if any(offset >= meta.start_location for _gen, offset in section.standard_xrefs.values()):
            return False
        if rev > revision and section.freed:
            return False
        if any(gen != 0 for gen, _offset in section.standard_xrefs.values()):
            return False  # a reused object number: not a shape this proves
    # No object starts inside a cross-reference table or trailer (_pointed_to skips those: a reference there is a
    # trailer's).
    spans = _trailer_spans(reader, data, last)
    for rev in range(last + 1):
        offsets = [offset for _gen, offset in xrefs.get_xref_data(rev).standard_xrefs.values()]
        if any(a <= offset < b for offset in offsets for a, b in spans):
            return False
    root_ref = reader.trailer.raw_get("/Root", revision=revision)
    changed: set[tuple[int, int]] = set()
    for rev in range(revision + 1, last + 1):
        if reader.trailer.raw_get("/Root", revision=rev) != root_ref:
            return False
        changed |= {(r.idnum, r.generation) for r in xrefs.explicit_refs_in_revision(rev)}
    if len(changed) > MAX_OBJECTS or any(gen != 0 for _num, gen in changed):
        return False

    def old(num: int) -> bool:
        return isinstance(xrefs.get_historical_ref(generic.Reference(num, 0), revision), int)

    new = {num for num, _gen in changed if not old(num)}
    modified = {num for num, _gen in changed} - new
    # A reference in the signed bytes to a number only a later update defines (resolved to nothing when signed,
    # to whatever the update draws now): a shadow laid before signing.
    if _pointed_to(reader, data, signed_end, revision, new):
        return Updates.PLANTED

    roots = _Roots()
    catalogue_num = root_ref.idnum
    info = reader.trailer.raw_get("/Info") if "/Info" in reader.trailer else None
    for num in modified:
        if isinstance(info, generic.IndirectObject) and num == info.idnum and num != catalogue_num:
            # Not parsed (its text strings are slow to read): harmless when only the trailer points to it.
            if _pointed_to(reader, data, signed_end, revision, {num}):
                return False
            continue
        now = reader.get_object(generic.Reference(num, 0, reader))
        before = reader.get_object(generic.Reference(num, 0, reader), revision=revision)
        if isinstance(now, generic.StreamObject) or isinstance(before, generic.StreamObject):
            return False  # a rewritten stream: its data is what a page may draw (only dictionaries are compared)
        if num == catalogue_num:
            ok = _catalogue(reader, before, now, revision, modified, roots)
        elif isinstance(now, generic.DictionaryObject) and now.get("/Type") == "/Page":
            ok = _page(before, now, roots, num)
        elif isinstance(now, generic.ArrayObject):
            ok = _array_of_page_or_form(reader, num, before, now, roots)
        elif isinstance(now, generic.DictionaryObject) and isinstance(before, generic.DictionaryObject):
            ok = _dss_object(reader, num, before, now, roots, revision) or _form_object(
                reader, num, before, now, roots, revision
            )
        else:
            ok = False
        if not ok:
            return False
    if isinstance(info, generic.IndirectObject) and info.idnum in new:
        roots.data.append(info)
    return _new_objects_explained(reader, new, roots, later)


class _Roots:
    """Where new objects may hang: the signature widgets appended to the form and to pages, and data never drawn."""

    def __init__(self) -> None:
        self.fields: list[int] = []  # appended to the form's /Fields
        self.annotations: dict[int, int] = {}  # appended to a page's /Annots: widget number -> page number
        self.data: list[Any] = []  # /DSS, a new /Info: never drawn
        self.forms: list[int] = []  # a new form dictionary (its keys judged against the one before)


def _pointed_to(reader: PdfFileReader, data: bytes, end: int, revision: int, numbers: set[int]) -> set[int]:
    """Those of `numbers` an object of the signed revision points to (a trailer's references aside). The bytes are
    searched first; each place found is then read as the object of the signed revision that holds it (the in-use
    object starting last before it), which must really hold that reference: not a string's or a stream's bytes
    that look like one, nor a trailer after the object. (Objects crafted to overlap, one starting inside
    another, could hide a reference from this reading; pyHanko's analysis does not look for these at all.)"""
    # lazy: as above
    from pyhanko.pdf_utils import generic

    candidates = _references_to(data, end, numbers)
    if not candidates:
        return set()
    in_use: dict[int, tuple[int, int]] = {}  # number -> (generation, offset) at the signed revision
    for rev in range(revision + 1):
        section = reader.xrefs.get_xref_data(rev)
        for num in section.freed:
            in_use.pop(num, None)
        in_use.update(section.standard_xrefs)
    starts = sorted((offset, num, gen) for num, (gen, offset) in in_use.items())
    trailers = _trailer_spans(reader, data, revision)  # no object starts there (checked by _check)
    found: set[int] = set()
    for num, at in candidates:
        index = bisect.bisect_right(starts, (at, float("inf"), 0)) - 1
        if index < 0 or num in found or any(a <= at < b for a, b in trailers):
            continue
        _offset, holder, gen = starts[index]
        ref = generic.Reference(holder, gen, reader)
        # The version the signed revision holds: the one read already (and cached) when nothing rewrote it since.
        same = reader.xrefs.get_last_change(ref) <= revision
        obj = reader.get_object(ref) if same else reader.get_object(ref, revision=revision)
        if _points_to(obj, num):
            found.add(num)
    return found


def _trailer_spans(reader: PdfFileReader, data: bytes, last: int) -> list[tuple[int, int]]:
    """Where each revision's cross-reference table and trailer dictionary lie, up to its "startxref"."""
    spans = []
    for rev in range(last + 1):
        meta = reader.xrefs.get_xref_container_info(rev)
        end = data.find(b"startxref", meta.end_location)
        spans.append((meta.start_location, end if end >= 0 else len(data)))
    return spans


def _points_to(obj: Any, number: int) -> bool:
    # lazy: as above
    from pyhanko.pdf_utils import generic

    todo, seen = [obj], 0
    while todo and seen < 20 * MAX_OBJECTS:
        seen += 1
        item = todo.pop()
        if isinstance(item, generic.IndirectObject):
            if item.idnum == number:
                return True
        elif isinstance(item, generic.DictionaryObject):
            todo.extend(item.raw_get(k) for k in item)
        elif isinstance(item, generic.ArrayObject):
            todo.extend(item.raw_get(i) for i in range(len(item)))
    return False


def _references_to(data: bytes, end: int, numbers: set[int]) -> list[tuple[int, int]]:
    """Where data[:end] holds something a reader could take for a reference to one of `numbers` (the positions of
    the number): each number's digits found, then the rest of a reference matched after them."""
    found = []
    for number in numbers:
        digits = b"%d" % number
        at = data.find(digits, 0, end)
        while at >= 0:
            start = at
            while start > 0 and data[start - 1] == 0x30:  # leading zeros belong to the number
                start -= 1
            if start > 0 and data[start - 1] in b"+-":
                start -= 1
            if (start == 0 or data[start - 1] not in DIGITS) and REFERENCE_REST.match(data, at + len(digits), end):
                found.append((number, at))
            at = data.find(digits, at + 1, end)
    return found


def _same(a: Any, b: Any, depth: int = 0) -> bool:
    """Two direct values equal, references compared by number (what they point to is judged on its own)."""
    # lazy: as above
    from pyhanko.pdf_utils import generic

    if depth > 32:
        return False
    if isinstance(a, generic.IndirectObject) or isinstance(b, generic.IndirectObject):
        return (
            isinstance(a, generic.IndirectObject)
            and isinstance(b, generic.IndirectObject)
            and (a.idnum, a.generation) == (b.idnum, b.generation)
        )
    if isinstance(a, generic.StreamObject) or isinstance(b, generic.StreamObject):
        return False  # a direct stream cannot be: an indirect one is compared by reference
    if isinstance(a, generic.DictionaryObject) and isinstance(b, generic.DictionaryObject):
        return set(a) == set(b) and all(_same(a.raw_get(k), b.raw_get(k), depth + 1) for k in a)
    if isinstance(a, generic.ArrayObject) and isinstance(b, generic.ArrayObject):
        return len(a) == len(b) and all(_same(a.raw_get(i), b.raw_get(i), depth + 1) for i in range(len(a)))
    if isinstance(a, (generic.DictionaryObject, generic.ArrayObject)) or isinstance(
        b, (generic.DictionaryObject, generic.ArrayObject)
    ):
        return False
    return type(a) is type(b) and a == b


def _appended(before: Any, now: Any) -> list[Any] | None:
    """The items `now` adds after all of `before`'s (each reference kept in place); None when it changes any."""
    # lazy: as above
    from pyhanko.pdf_utils import generic

    old = before if isinstance(before, generic.ArrayObject) else generic.ArrayObject()
    if before is not None and not isinstance(before, generic.ArrayObject):
        return None
    if not isinstance(now, generic.ArrayObject) or len(now) < len(old):
        return None
    if not all(_same(old.raw_get(i), now.raw_get(i)) for i in range(len(old))):
        return None
    return [now.raw_get(i) for i in range(len(old), len(now))]


def _same_but(before: Any, now: Any, allowed: frozenset[str]) -> bool:
    # lazy: as above
    from pyhanko.pdf_utils import generic

    if not isinstance(before, generic.DictionaryObject) or not isinstance(now, generic.DictionaryObject):
        return False
    for key in set(before) | set(now):
        if key in allowed:
            continue
        if key not in before or key not in now or not _same(before.raw_get(key), now.raw_get(key)):
            return False
    return True


def _catalogue(reader: PdfFileReader, before: Any, now: Any, revision: int, modified: set[int], roots: _Roots) -> bool:
    # lazy: as above
    from pyhanko.pdf_utils import generic

    if not _same_but(before, now, CATALOGUE_CHANGES):
        return False
    for key in ("/Extensions", "/Version"):
        if key in now and _has_reference(now.raw_get(key)):
            return False
    if "/DSS" in now:
        roots.data.append(now.raw_get("/DSS"))
    form_before = before.raw_get("/AcroForm") if "/AcroForm" in before else None
    form_now = now.raw_get("/AcroForm") if "/AcroForm" in now else None
    if form_before is not None and form_now is None:
        return False
    if form_now is None or _same(form_before, form_now):
        return True  # the same form reference: its object, if rewritten, is judged as a form object
    # A new form: a direct dictionary, or a new object, compared with the one before (if any).
    old_form = form_before
    if isinstance(form_before, generic.IndirectObject):
        old_form = reader.get_object(form_before.reference, revision=revision)
    if isinstance(form_now, generic.IndirectObject):
        if form_now.idnum in modified:
            return False  # an older object taken as the form: not a shape this proves
        roots.forms.append(form_now.idnum)
    return _form(reader, old_form, form_now.get_object(), roots, revision)


def _form(reader: PdfFileReader, before: Any, now: Any, roots: _Roots, revision: int) -> bool:
    # lazy: as above
    from pyhanko.pdf_utils import generic

    if before is None:
        before = generic.DictionaryObject()
    if not _same_but(before, now, FORM_CHANGES):
        return False
    if "/SigFlags" in now and not isinstance(now.raw_get("/SigFlags"), generic.NumberObject):
        return False
    fields_before = before.raw_get("/Fields") if "/Fields" in before else None
    fields_now = now.raw_get("/Fields") if "/Fields" in now else None
    if isinstance(fields_before, generic.IndirectObject) and _same(fields_before, fields_now):
        return True  # the same array object: judged when rewritten
    if isinstance(fields_before, generic.IndirectObject):
        fields_before = reader.get_object(fields_before.reference, revision=revision)
    if isinstance(fields_now, generic.IndirectObject):
        return False  # a new /Fields array object: not what pyHanko writes
    added = _appended(fields_before, fields_now)
    if added is None:
        return False
    return _add_fields(added, roots)


def _add_fields(added: list[Any], roots: _Roots) -> bool:
    # lazy: as above
    from pyhanko.pdf_utils import generic

    for item in added:
        if not isinstance(item, generic.IndirectObject):
            return False
        roots.fields.append(item.idnum)
    return True


def _page(before: Any, now: Any, roots: _Roots, num: int) -> bool:
    # lazy: as above
    from pyhanko.pdf_utils import generic

    if not isinstance(before, generic.DictionaryObject) or before.get("/Type") != "/Page":
        return False
    if not _same_but(before, now, frozenset({"/Annots"})):
        return False
    annots_before = before.raw_get("/Annots") if "/Annots" in before else None
    annots_now = now.raw_get("/Annots") if "/Annots" in now else None
    if isinstance(annots_before, generic.IndirectObject) or isinstance(annots_now, generic.IndirectObject):
        return _same(annots_before, annots_now)  # the same array object: judged when rewritten
    added = _appended(annots_before, annots_now)
    return added is not None and _add_annotations(added, roots, num)


def _add_annotations(added: list[Any], roots: _Roots, page: int) -> bool:
    # lazy: as above
    from pyhanko.pdf_utils import generic

    for item in added:
        if not isinstance(item, generic.IndirectObject) or item.idnum in roots.annotations:
            return False
        roots.annotations[item.idnum] = page
    return True


def _array_of_page_or_form(reader: PdfFileReader, num: int, before: Any, now: Any, roots: _Roots) -> bool:
    """A rewritten array object: a page's /Annots or the form's /Fields (the page or form pointing to it
    unchanged), with items appended."""
    # lazy: as above
    from pyhanko.pdf_utils import generic

    added = _appended(before, now)
    if added is None:
        return False
    form = reader.root.raw_get("/AcroForm").get_object() if "/AcroForm" in reader.root else None
    if isinstance(form, generic.DictionaryObject) and "/Fields" in form:
        fields = form.raw_get("/Fields")
        if isinstance(fields, generic.IndirectObject) and fields.idnum == num:
            return _add_fields(added, roots)
    for page_ref, page in _pages(reader):
        annots = page.raw_get("/Annots") if "/Annots" in page else None
        if isinstance(annots, generic.IndirectObject) and annots.idnum == num:
            return _add_annotations(added, roots, page_ref)
    return False


def _dss_object(reader: PdfFileReader, num: int, before: Any, now: Any, roots: _Roots, revision: int) -> bool:
    """A rewritten dictionary: the validation data the catalogue points to (by the same reference when signed and
    now), extended by a later signature's B-LT update. Its keys are validation data only, before and now, so no
    page, annotation or form hides behind the name; what it holds is never drawn, and what is new under it is
    explained as data (every other object it reaches is judged on its own)."""
    # lazy: as above
    from pyhanko.pdf_utils import generic

    signed_root = reader.get_object(reader.trailer.raw_get("/Root", revision=revision).reference, revision=revision)
    for catalogue in (signed_root, reader.root):
        dss = catalogue.raw_get("/DSS") if "/DSS" in catalogue else None
        if not isinstance(dss, generic.IndirectObject) or dss.idnum != num:
            return False
    for version in (before, now):
        if isinstance(version, generic.StreamObject) or not set(version) <= DSS_KEYS:
            return False
        if "/Type" in version and version.get("/Type") != "/DSS":
            return False
    roots.data.append(now)
    return True


def _form_object(reader: PdfFileReader, num: int, before: Any, now: Any, roots: _Roots, revision: int) -> bool:
    """A rewritten dictionary: only the form the catalogue points to (by the same reference) may be."""
    # lazy: as above
    from pyhanko.pdf_utils import generic

    form = reader.root.raw_get("/AcroForm") if "/AcroForm" in reader.root else None
    if not isinstance(form, generic.IndirectObject) or form.idnum != num:
        return False
    return _form(reader, before, now, roots, revision)


def _pages(reader: PdfFileReader) -> Iterator[tuple[int, Any]]:
    """(number, page dictionary) of every page, from the current page tree (bounded)."""
    # lazy: as above
    from pyhanko.pdf_utils import generic

    stack = [reader.root.raw_get("/Pages")]
    seen = 0
    while stack and seen < MAX_OBJECTS:
        ref = stack.pop()
        seen += 1
        node = ref.get_object()
        if not isinstance(node, generic.DictionaryObject):
            continue
        if "/Kids" in node:
            kids = node["/Kids"]
            stack.extend(kids.raw_get(i) for i in range(min(len(kids), MAX_OBJECTS)))
        elif isinstance(ref, generic.IndirectObject):
            yield ref.idnum, node


def _has_reference(value: Any, depth: int = 0) -> bool:
    # lazy: as above
    from pyhanko.pdf_utils import generic

    if depth > 32 or isinstance(value, generic.IndirectObject):
        return True
    if isinstance(value, generic.DictionaryObject):
        return any(_has_reference(value.raw_get(k), depth + 1) for k in value)
    if isinstance(value, generic.ArrayObject):
        return any(_has_reference(value.raw_get(i), depth + 1) for i in range(len(value)))
    return False


def _new_objects_explained(reader: PdfFileReader, new: set[int], roots: _Roots, later: frozenset[str]) -> bool:
    """Every new object hangs from a later signature's widget (listed in the form and on exactly the page it
    names) or from data never drawn; every widget is a new signature field named in `later`, once."""
    # lazy: as above
    from pyhanko.pdf_utils import generic

    if set(roots.fields) != set(roots.annotations) or len(roots.fields) != len(set(roots.fields)):
        return False
    explained: set[int] = set(roots.forms)
    names: set[str] = set()
    for num in roots.fields:
        if num not in new:
            return False
        widget = reader.get_object(generic.Reference(num, 0, reader))
        if not isinstance(widget, generic.DictionaryObject) or isinstance(widget, generic.StreamObject):
            return False
        if not set(widget) <= WIDGET_KEYS:
            return False
        if widget.get("/FT") != "/Sig" or widget.get("/Subtype") != "/Widget" or "/T" not in widget:
            return False
        name = str(widget["/T"])
        if name not in later or name in names:
            return False
        names.add(name)
        page = widget.raw_get("/P") if "/P" in widget else None
        if page is not None and (not isinstance(page, generic.IndirectObject) or page.idnum != roots.annotations[num]):
            return False
        value = widget.raw_get("/V") if "/V" in widget else None
        if value is not None and (
            not isinstance(value, generic.IndirectObject) or value.get_object().get("/Type") != "/Sig"
        ):
            return False  # a document timestamp, or a value not a signature: the full analysis judges it
        explained.add(num)
        rest = [widget.raw_get(k) for k in widget if k != "/P"]
        if not _walk(rest, new, explained):
            return False
    if not _walk(list(roots.data), new, explained):
        return False
    return new <= explained


def _walk(todo: list[Any], new: set[int], explained: set[int]) -> bool:
    """Mark the new objects reachable from `todo` through new objects; False when one of them points to an object
    rewritten after the signature (only new objects and unchanged ones may hang from the allowed roots)."""
    # lazy: as above
    from pyhanko.pdf_utils import generic

    seen = 0
    while todo:
        seen += 1
        if seen > 20 * MAX_OBJECTS:
            return False
        item = todo.pop()
        if isinstance(item, generic.IndirectObject):
            if item.idnum not in new:
                continue  # an object of the signed revision: unchanged (a rewritten one is judged on its own)
            if item.idnum in explained:
                continue
            explained.add(item.idnum)
            item = item.get_object()
        if isinstance(item, generic.DictionaryObject):  # a stream's dictionary too (its data is never a reference)
            todo.extend(item.raw_get(k) for k in item)
        elif isinstance(item, generic.ArrayObject):
            todo.extend(item.raw_get(i) for i in range(len(item)))
    return True
