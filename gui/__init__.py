"""Báo cáo BVQLNTD: the NQ 82/NQ-CP implementation report, filled in offline and sent as an official PDF."""

__version__ = "0.1.0"
APP_NAME = "bvntd"
APP_AUTHOR = "BCT"
