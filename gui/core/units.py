"""Reporting units: the province lists (each valid between two dates) and the ministries and agencies."""

from __future__ import annotations

import datetime as dt
import json
from dataclasses import dataclass
from functools import cache
from typing import Literal

from gui.resources import resource_path

UnitKind = Literal["province", "ministry"]


@dataclass(frozen=True)
class Unit:
    kind: UnitKind
    code: str
    name: str
    city: bool = False
    list_id: str = ""

    @property
    def display_name(self) -> str:
        if self.kind == "ministry":
            return self.name
        return f"{'Thành phố' if self.city else 'Tỉnh'} {self.name}"


@dataclass(frozen=True)
class UnitList:
    id: str
    name: str
    valid_from: dt.date
    valid_to: dt.date | None
    units: tuple[Unit, ...]

    def covers(self, day: dt.date) -> bool:
        return self.valid_from <= day and (self.valid_to is None or day <= self.valid_to)

    def get(self, code: str) -> Unit | None:
        return next((u for u in self.units if u.code == code), None)


@cache
def province_lists() -> tuple[UnitList, ...]:
    data = json.loads(resource_path("data", "provinces.json").read_text(encoding="utf-8"))
    lists = []
    for item in data["lists"]:
        units = tuple(Unit("province", u["code"], u["name"], bool(u.get("city")), item["id"]) for u in item["units"])
        valid_to = dt.date.fromisoformat(item["valid_to"]) if item.get("valid_to") else None
        lists.append(UnitList(item["id"], item["name"], dt.date.fromisoformat(item["valid_from"]), valid_to, units))
    return tuple(lists)


def province_list(list_id: str) -> UnitList:
    for unit_list in province_lists():
        if unit_list.id == list_id:
            return unit_list
    raise KeyError(list_id)


def province_list_at(day: dt.date) -> UnitList:
    """The list of provinces in force on a day (34 from 01/7/2025, 63 before)."""
    for unit_list in province_lists():
        if unit_list.covers(day):
            return unit_list
    return min(province_lists(), key=lambda lst: lst.valid_from)


@cache
def agencies() -> tuple[Unit, ...]:
    data = json.loads(resource_path("data", "agencies.json").read_text(encoding="utf-8"))
    return tuple(Unit("ministry", u["code"], u["name"]) for u in data["units"])


def find_unit(kind: str, code: str, list_id: str = "") -> Unit | None:
    if kind == "ministry":
        return next((u for u in agencies() if u.code == code), None)
    if kind == "province":
        try:
            return province_list(list_id).get(code)
        except KeyError:
            return None
    return None


def parent_body_line(unit: Unit) -> str:
    """The header's first line, upper case: 'ỦY BAN NHÂN DÂN TỈNH NGHỆ AN' / '... THÀNH PHỐ HÀ NỘI'."""
    if unit.kind == "ministry":
        return unit.name.upper()
    return f"ỦY BAN NHÂN DÂN {unit.display_name.upper()}"
