"""The running kernel's shared parts, handed to every servicer."""

from __future__ import annotations

from dataclasses import dataclass, field

from autodebit.clock import Clock, SystemClock
from autodebit.config import Settings
from autodebit.db import Database
from autodebit.plugin_host import PluginHost


@dataclass
class App:
    settings: Settings
    db: Database
    plugins: PluginHost
    clock: Clock = field(default_factory=SystemClock)
