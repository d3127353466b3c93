"""Aid paid out and the donors who follow: money paid out or transferred to a state is AID
(de "auszahlen", ru «перечислить»), and aid given or pledged that names no recipient, after
aid the report told with one, goes to that recipient ("Separately, Japan pledged an
additional $1.5 billion", "Auch Japan sagte … zu", «Япония также пообещала …»), unless the
giver is that recipient (events/participants.donor_recipients). Sentences written for these
tests from the construction, none from a gold set; each with its exact coded events (type,
actors, recipients).
"""

from __future__ import annotations

from collections.abc import Callable

import pytest

from conftest import Sided

CASES = [
    ("The EU disbursed 2.5 billion euros to Moldova on Tuesday. Separately, Japan pledged an "
     "additional $300 million in budget support.",
     [("AGREE", "JPN", "MDA"), ("AID", "EU", "MDA")]),
    ("Die EU hat Moldau am Dienstag weitere 2,5 Milliarden Euro ausgezahlt. Auch Japan sagte "
     "zusätzliche Budgethilfen in Höhe von 300 Millionen Dollar zu.",
     [("AGREE", "JPN", "MDA"), ("AID", "EU", "MDA")]),
    ("ЕС перечислил Молдавии 2,5 млрд евро. Япония также пообещала выделить дополнительно "
     "300 млн долларов.", [("AGREE", "JPN", "MDA"), ("AID", "EU", "MDA")]),
    ("Germany delivered 20 tonnes of medical supplies to Moldova on Monday. Norway said it "
     "had transferred 50 million crowns for the repair of hospitals.",
     [("AID", "DEU", "MDA"), ("AID", "NOR", "MDA")]),
    # the recipient's own promise goes back to the donor, not to itself
    ("The EU disbursed 2.5 billion euros to Moldova on Tuesday. Moldova promised to use the "
     "funds for pensions.", [("AGREE", "MDA", "EU"), ("AID", "EU", "MDA")]),
]


@pytest.mark.parametrize(("text", "expected"), CASES)
def test_donor_after_aid_gives_to_its_recipient(sided: Callable[[str], list[Sided]], text: str,
                                                expected: list[Sided]) -> None:
    assert sided(text) == expected
