"""HTML pages, listing pages and multi-article text pages."""

from __future__ import annotations

from datetime import datetime
from pathlib import Path

import pytest

from communique.clean import prepare
from communique.clean.html import block_text
from communique.clean.lexicon import html_rules
from communique.document import RawDocument
from communique.errors import ReadError
from communique.ingest import read_inputs

DATA = Path(__file__).parent / "data" / "ingest"


def _prepare_file(name: str) -> list:
    (raw,) = list(read_inputs([str(DATA / name)]))
    assert isinstance(raw, RawDocument)
    return prepare(raw)


def test_clean_html_page_gives_article_text_and_meta() -> None:
    (doc,) = _prepare_file("belta_page.html")
    assert doc.text.splitlines()[0] == ("Belarus und Russland berieten über Intensivierung der "
                                        "Zusammenarbeit in Informationssicherheit")
    assert doc.text.splitlines()[1].startswith("MINSK, 23. November (BelTA) - Am 23. November")
    assert doc.text.endswith("durch den Ersten Ausschuss der UN-Generalversammlung.")
    for never in ("SCRIPT-TEXT", "INLINE-SCRIPT", "font-family", "Projekte", "Staatsorgane",
                  "Freitag, 26 April 2024", "Letzte Nachrichten", "Abonnieren", "Twitter"):
        assert never not in doc.text
    assert (doc.published, doc.published_has_time) == (datetime(2021, 11, 24, 10, 6), True)
    assert (doc.dateline, doc.source_name, doc.language) == ("MINSK", "BelTA", "de")


def test_clean_html_listing_page_splits_into_articles_in_page_order() -> None:
    docs = _prepare_file("news_listing.html")
    base = docs[0].doc_id
    assert [d.doc_id for d in docs] == [base, f"{base}#2", f"{base}#3"]
    assert [d.title for d in docs] == ["Japan-US Cyber Dialogue (Director-level Intersessional)",
                                       "Japan-Australia Cyber Policy Dialogue",
                                       "Japan-EU Cyber Dialogue"]
    assert [d.published for d in docs] == [datetime(2021, 5, 20), datetime(2021, 5, 12),
                                           datetime(2021, 4, 28)]
    assert docs[2].text == ("Japan-EU Cyber Dialogue\n\nThe third Japan-EU Cyber Dialogue took "
                            "place in Tokyo on April 27, 2021. The two sides confirmed their "
                            "cooperation on capacity building in the Indo-Pacific region and "
                            "agreed to meet again next year.")
    assert all("LISTING-SCRIPT" not in d.text and "Press Releases" not in d.text for d in docs)
    assert {d.source_name for d in docs} == {"Ministry of Foreign Affairs of Japan"}


def test_clean_text_page_with_several_dated_articles_splits() -> None:
    docs = _prepare_file("news_listing.txt")
    base = docs[0].doc_id
    assert [d.doc_id for d in docs] == [base, f"{base}#2", f"{base}#3"]
    assert [d.published for d in docs] == [datetime(2021, 11, 24, 10, 6),
                                           datetime(2021, 11, 25, 15, 40),
                                           datetime(2021, 11, 26, 9, 15)]
    assert [d.dateline_date for d in docs] == ["23. November", "25. November", "26. November"]
    assert docs[1].text == ("Lukaschenko empfing den Botschafter Chinas in Minsk\n\nMINSK, 25. "
                            "November (BelTA) - Präsident Alexander Lukaschenko hat am Donnerstag "
                            "den chinesischen Botschafter empfangen und mit ihm über den Ausbau "
                            "der Handelsbeziehungen gesprochen.")
    assert "Telegram" not in docs[2].text and "Abonnieren" not in docs[2].text
    assert docs[0].original is docs[2].original
    start = docs[2].text.index("MINSK")
    mapped = docs[2].offsets.to_original(start)
    assert docs[2].original[mapped:mapped + 30] == docs[2].text[start:start + 30]


def test_clean_html_block_text_drops_link_lists_scripts_and_styles() -> None:
    from lxml import html

    page = html.fromstring(
        "<div><style>.x{}</style><ul><li><a href='/1'>Startseite</a></li><li><a href='/2'>"
        "Politik</a></li></ul><p>Die Minister trafen sich in <a href='/m'>Minsk</a> zu "
        "Beratungen über Informationssicherheit.</p><script>alert(1)</script></div>")
    assert block_text(page, html_rules()) == ("Die Minister trafen sich in Minsk zu Beratungen "
                                              "über Informationssicherheit.")


def test_clean_html_without_text_is_a_read_error() -> None:
    empty = RawDocument("<html><head><script>var a = 1;</script><style>p{}</style></head>"
                        "<body><div><img src='x.png'></div></body></html>", "html")
    with pytest.raises(ReadError, match="the HTML holds no text"):
        prepare(empty)
    menu_only = RawDocument("<html><body><nav><a href='/'>Home</a></nav><p>Home</p></body>"
                            "</html>", "html")
    with pytest.raises(ReadError, match="nothing left after cleaning"):
        prepare(menu_only)


def test_clean_page_of_only_furniture_is_a_read_error() -> None:
    raw = RawDocument("Projekte\nStaatsorgane\nAlle Nachrichten\nflag Freitag, 26 April 2024\n"
                      "Abonnieren Sie uns auf\nTwitter\n", origin="menu.txt")
    with pytest.raises(ReadError, match="nothing left after cleaning"):
        prepare(raw)
