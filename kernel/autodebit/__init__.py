"""Autodebit: an automatic-debit billing kernel with pluggable channels, formats and exports."""

from importlib.metadata import PackageNotFoundError, version

try:
    __version__ = version("autodebit")
except PackageNotFoundError:  # running from a checkout that is not installed
    __version__ = "0.0.0"
