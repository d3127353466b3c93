"""German cooperative acts in their many wordings (issue 12, branch deagree10): talks
concluded ("schlossen ihre Verhandlungen ab", AGREE, the talks held and no meeting agreed on),
the light verbs "eine Zusicherung geben" and "ein Übereinkommen treffen" (AGREE, no meeting),
ties to be expanded announced in the zu-infinitive ("kündigten an, … auszubauen"), an approval
still needed ("muss noch gebilligt werden", no adoption), an agreement judged possible (no act),
help decided "zur Verfügung zu stellen" (a pledge), a signing told as one more act
("unterzeichneten außerdem …") beside an agreement on another text (two acts), and a
participle attribute ("das von X unterzeichnete Abkommen soll …") whose clause's future is
the thing's, not the act's; an agreement that came about, announced, a consensus established,
a common line found, a joint body founded by decision, a proposal consented to, a course
concurred in ("stimmten darin überein, … fortzusetzen"), a commitment confirmed (AGREE);
signatures set, a deal "unter Dach und Fach", a declaration adopted in a relative clause
("eine Abschlusserklärung, die … verabschiedet wurde") (SUPPORT).

The blind set ``tests/data/probe/de_agree10.jsonl`` (27 German agency, ministry and newspaper
reports) was written before the coder was run on it; every sentence below is hand-written,
none taken from it. docs/events.md, "German cooperative acts in their many wordings".
"""

from __future__ import annotations

import pytest

from codekit import acts_of
from communique import Extractor

PUBLISHED = "2026-11-25"


def coded(extractor: Extractor, text: str) -> list[tuple[str | None, ...]]:
    return acts_of(extractor, text, "de", PUBLISHED)


@pytest.mark.parametrize(("text", "expected"), [
    # talks concluded are the agreement reached, in the split and the joined participle; the
    # talks named are held ones (no meeting agreed on, not planned); concluded with no result
    # they are only the talks
    ("Ghana und Togo schlossen am Montag ihre Verhandlungen über ein Freihandelsabkommen ab.",
     [("AGREE", None, "GHA+TGO", "", "occurred")]),
    ("Ghana und Togo schließen Verhandlungen über Handelsabkommen ab",
     [("AGREE", None, "GHA+TGO", "", "occurred")]),
    ("Ghana und Togo haben die Verhandlungen über ein Freihandelsabkommen abgeschlossen.",
     [("AGREE", None, "GHA+TGO", "", "occurred"), ("CONSULT", None, "GHA+TGO", "", "occurred")]),
    ("Ghana und Togo haben ihre Verhandlungen ohne Ergebnis abgeschlossen.",
     [("CONSULT", None, "GHA+TGO", "", "occurred")]),
    # the light verbs of an agreement and of an assurance
    ("Ghana und Togo haben am Montag ein Übereinkommen über den Grenzverkehr getroffen.",
     [("AGREE", None, "GHA+TGO", "", "occurred")]),
    ("Ghana gab Togo am Montag die Zusicherung, die Lieferungen fortzusetzen.",
     [("AGREE", None, "GHA", "TGO", "occurred")]),
    # ties to be expanded announced in the zu-infinitive; to be cut, no agreement
    ("Ghana und Togo kündigten an, ihre Zusammenarbeit im Energiebereich auszubauen.",
     [("AGREE", None, "GHA+TGO", "", "occurred")]),
    ("Ghana kündigte an, enger mit Togo zusammenzuarbeiten.",
     [("AGREE", None, "GHA+TGO", "", "occurred")]),
    ("Ghana kündigte an, die Zusammenarbeit mit Togo zu beenden.", []),
    # an approval still needed and an agreement judged possible report no act
    ("Das Abkommen zwischen Ghana und Togo muss noch vom Parlament gebilligt werden.", []),
    ("Experten halten eine Einigung zwischen Ghana und Togo im kommenden Jahr für möglich.", []),
    # help decided "zur Verfügung zu stellen" is a pledge
    ("Die Regierung Ghanas hat beschlossen, Togo zehn Millionen Dollar für den Grenzschutz zur "
     "Verfügung zu stellen.",
     [("AGREE", None, "GHA", "TGO", "occurred")]),
    # a participle attribute tells a done act; the future of its clause is the thing's
    ("Das von Ghana und Togo unterzeichnete Abkommen soll den Grenzverkehr erleichtern.",
     [("SUPPORT", None, "GHA+TGO", "", "occurred")]),
    # a finite verb after a phrase its article closed is no attribute: the meeting announced
    # stays planned
    ("Nach einem Gespräch mit Präsident Selenskyj kündigte Merz an, Deutschland werde noch in "
     "diesem Winter zwei zusätzliche Patriot-Systeme liefern.",
     [("AGREE", None, "DEU+UKR", "", "planned"), ("CONSULT", None, "DEU+UKR", "", "occurred")]),
    # an agreement that came about, announced by its parties, a consensus established, a common
    # line found; none that did not come about
    ("Zwischen Ghana und Togo kam am Montag eine Vereinbarung über den Grenzverkehr zustande.",
     [("AGREE", None, "GHA+TGO", "", "occurred")]),
    ("Eine Einigung zwischen Ghana und Togo kam nicht zustande.", []),
    ("Ghana und Togo gaben am Montag die Einigung bekannt.",
     [("AGREE", None, "GHA+TGO", "", "occurred")]),
    ("Ghana und Togo haben Einvernehmen über die Grenzziehung hergestellt.",
     [("AGREE", None, "GHA+TGO", "", "occurred")]),
    ("Ghana und Togo haben eine gemeinsame Linie gefunden.",
     [("AGREE", None, "GHA+TGO", "", "occurred")]),
    # a joint body founded by the sides' decision; one government's decision is domestic
    ("Ghana und Togo haben die Einrichtung einer Hotline beschlossen.",
     [("AGREE", None, "GHA+TGO", "", "occurred")]),
    ("Die Regierung Ghanas beschloss die Gründung einer Kommission.", []),
    # a proposal consented to is accepted (AGREE); a step consented to stays SUPPORT
    ("Ghana stimmte dem Vorschlag Togos zu.", [("AGREE", None, "GHA", "TGO", "occurred")]),
    ("Ghana stimmte dem Beitritt Togos zu.", [("SUPPORT", None, "GHA", "TGO", "occurred")]),
    # a course concurred in by its zu-infinitive; a shared view is none
    ("Ghana und Togo stimmten darin überein, die Zusammenarbeit fortzusetzen.",
     [("AGREE", None, "GHA+TGO", "", "occurred")]),
    ("Ghana und Togo stimmten überein, dass die Lage ernst sei.", []),
    ("Ghana und Togo bestätigten ihr Engagement für die Zusammenarbeit im Bereich der "
     "Cybersicherheit.",
     [("AGREE", None, "GHA+TGO", "", "occurred")]),
    # the priorities of cooperation fixed between the sides
    ("Ghana und Togo legten die Schwerpunkte ihrer Zusammenarbeit für 2027 fest.",
     [("AGREE", None, "GHA+TGO", "", "occurred")]),
    # signatures set under a text, a deal brought "unter Dach und Fach" (SUPPORT, no SANCTION)
    ("Ghana und Togo setzten am Montag ihre Unterschriften unter ein Abkommen.",
     [("SUPPORT", None, "GHA+TGO", "", "occurred")]),
    ("Ghana und Togo brachten am Montag ein Handelsabkommen unter Dach und Fach.",
     [("SUPPORT", None, "GHA+TGO", "", "occurred")]),
    # the object of a verb-final clause's participle before its finite auxiliary is the
    # relative clause's antecedent
    ("In einer Abschlusserklärung, die am Dienstag von Ghana und Togo verabschiedet wurde, "
     "bekräftigten beide Seiten ihre Partnerschaft.",
     [("SUPPORT", None, "GHA+TGO", "", "occurred")]),
])
def test_german_cooperative_wordings(extractor: Extractor, text: str,
                                     expected: list[tuple[str | None, ...]]) -> None:
    assert coded(extractor, text) == expected


# a signing told as one more act signs another text than the one agreed the sentence before:
# two acts; without "außerdem" the agreement on the text and its signing are one act
@pytest.mark.parametrize(("text", "expected"), [
    ("Ghana und Togo einigten sich am Montag in Accra auf einen Fahrplan für die "
     "Energiezusammenarbeit. Die Minister unterzeichneten außerdem ein Memorandum über den "
     "Grenzverkehr.",
     [("AGREE", None, "GHA+TGO", "", "occurred"), ("SUPPORT", None, "GHA+TGO", "", "occurred")]),
    ("Ghana und Togo einigten sich am Montag in Accra auf ein Abkommen über den Grenzverkehr. "
     "Die Minister unterzeichneten das Abkommen im Anschluss.",
     [("SUPPORT", None, "GHA+TGO", "", "occurred")]),
])
def test_signing_beside_agreement(extractor: Extractor, text: str,
                                  expected: list[tuple[str | None, ...]]) -> None:
    assert coded(extractor, text) == expected
