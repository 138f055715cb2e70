"""Small helpers shared by the e2e tests (plain module, imported by the test files)."""

from __future__ import annotations

from urllib.parse import urlparse

# The twelve municipalities of Drenthe (CBS), as the demo data set has them.
GEMEENTEN_DRENTHE = (
    "Aa en Hunze",
    "Assen",
    "Borger-Odoorn",
    "Coevorden",
    "De Wolden",
    "Emmen",
    "Hoogeveen",
    "Meppel",
    "Midden-Drenthe",
    "Noordenveld",
    "Tynaarlo",
    "Westerveld",
)

ASSEN_CBS = "GM0106"
ASSEN_TOOI = "https://identifier.overheid.nl/tooi/id/gemeente/gm0106"


def path_of(href: str | None) -> str:
    """The path of a link target, whether the href is relative or absolute."""
    return urlparse(href or "").path
