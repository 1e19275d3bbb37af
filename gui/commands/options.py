"""The options many commands share, declared once (as sqlite-utils' cli.py shares its click options): the database,
the period, the unit, the file written and the trust a signature is verified against. Each takes the parser it adds to and returns it; a command passes its
own help where its meaning is narrower ("tệp thư .eml ghi ra")."""

from __future__ import annotations

import argparse
from pathlib import Path

from gui.core.i18n import QT_TRANSLATE_NOOP, translate

DB_HELP = QT_TRANSLATE_NOOP("CommandLine", "tệp cơ sở dữ liệu")
PERIOD_HELP = QT_TRANSLATE_NOOP("CommandLine", "kỳ báo cáo: 2025, 2025-H1 hoặc 2021-2025")
UNIT_HELP = QT_TRANSLATE_NOOP("CommandLine", "mã tỉnh (ví dụ 40) hoặc mã bộ, ngành (ví dụ BTC)")
TRUST_HELP = QT_TRANSLATE_NOOP(
    "CommandLine", "chứng thư số gốc hoặc trung gian tin cậy (.cer/.crt/.pem); nhắc lại được"
)
CRL_HELP = QT_TRANSLATE_NOOP("CommandLine", "danh sách thu hồi chứng thư số (.crl) để kiểm tra thu hồi; nhắc lại được")
ONLINE_HELP = QT_TRANSLATE_NOOP(
    "CommandLine", "kiểm tra thu hồi chứng thư số qua mạng (CRL/OCSP, mỗi yêu cầu tối đa 5 giây) khi máy có kết nối"
)


def db_option(parser: argparse.ArgumentParser, *, help: str = "") -> argparse.ArgumentParser:
    """`--db FILE` after the sub-command (`bvntd --db FILE …` before it works too: SUPPRESS keeps that one when
    this one is not given)."""
    parser.add_argument("--db", type=Path, default=argparse.SUPPRESS, help=help or translate("CommandLine", DB_HELP))
    return parser


def period_option(parser: argparse.ArgumentParser, *, required: bool = True, help: str = "") -> argparse.ArgumentParser:
    """`--period 2025 | 2025-H1 | 2021-2025`, read by the operation (gui.core.period.parse_period)."""
    parser.add_argument("--period", required=required, help=help or translate("CommandLine", PERIOD_HELP))
    return parser


def unit_option(parser: argparse.ArgumentParser, *, required: bool = False, help: str = "") -> argparse.ArgumentParser:
    """`--unit CODE`: a province's code (40) or a ministry's (BTC)."""
    parser.add_argument("--unit", required=required, help=help or translate("CommandLine", UNIT_HELP))
    return parser


def output_option(parser: argparse.ArgumentParser, *, help: str, required: bool = False) -> argparse.ArgumentParser:
    """`-o / --output FILE`: the file the command writes (what it is: the command's own help)."""
    parser.add_argument("-o", "--output", type=Path, required=required, help=help)
    return parser


def trust_options(parser: argparse.ArgumentParser, *, online: bool = False) -> argparse.ArgumentParser:
    """`--trust CERT` and `--crl CRL` (each repeatable): the roots, intermediates and revocation lists a file's
    signatures are verified against, besides those stored in the database; with `online`, `--online` too (CRLs and
    OCSP fetched over the network, each request cut short)."""
    parser.add_argument(
        "--trust", type=Path, action="append", default=[], metavar="CERT", help=translate("CommandLine", TRUST_HELP)
    )
    parser.add_argument(
        "--crl", type=Path, action="append", default=[], metavar="CRL", help=translate("CommandLine", CRL_HELP)
    )
    if online:
        parser.add_argument("--online", action="store_true", help=translate("CommandLine", ONLINE_HELP))
    return parser
