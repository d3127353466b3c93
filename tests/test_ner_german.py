"""German NER: the shipped GermEval model (plus office cues) on news sentences."""

from __future__ import annotations

import socket

import pytest

from communique.errors import DataFileError, ModelMissingError
from communique.nlp.ner.german import MODEL_DIR, GermanRecognizer
from communique.nlp.ner.german_cues import PersonCues
from communique.nlp.ner.stage import _german as german_backend

SEED = ("MINSK, 23. November (BelTA) - Am 23. November traf Sergej Alejnik, stellvertretender "
        "Außenminister der Republik Belarus, mit Andrej Krutskich, Sonderbeauftragte des "
        "Präsidenten der Russischen Föderation für die internationale Zusammenarbeit im Bereich "
        "der Informationssicherheit, zusammen, teilte der Pressedienst des belarussischen "
        "Außenministeriums mit.")


@pytest.fixture(scope="module")
def recognizer() -> GermanRecognizer:
    """The German back-end of the NER stage: the spaCy model loads once per session (the
    first test loads its own, offline)."""
    loaded = german_backend()
    assert isinstance(loaded, GermanRecognizer)
    return loaded


def spans(recognizer: GermanRecognizer, text: str) -> list[tuple[str, str]]:
    return [(m.text, m.label) for m in recognizer.recognize([text])[0]]


def test_german_model_loads_from_package_without_network(monkeypatch):
    def refuse(*args, **kwargs):
        raise OSError("network disabled in this test")

    monkeypatch.setattr(socket, "create_connection", refuse)
    monkeypatch.setattr(socket.socket, "connect", refuse)
    recognizer = GermanRecognizer()
    assert recognizer.nlp.pipe_names == ["ner"]
    assert sorted(recognizer.nlp.get_pipe("ner").labels) == ["LOC", "ORG", "OTH", "PER"]
    assert (MODEL_DIR / "README.md").read_text(encoding="utf-8").count("CC BY 4.0") >= 1


def test_german_seed_sentence_finds_both_officials(recognizer):
    persons = [(m.text, m.start) for m in recognizer.recognize([SEED])[0] if m.label == "PER"]
    assert persons == [("Sergej Alejnik", 51), ("Andrej Krutskich", 125)]
    assert (SEED[51:65], SEED[125:141]) == ("Sergej Alejnik", "Andrej Krutskich")


def test_german_apposition_after_office_and_state(recognizer):
    text = ("Am 9. März fand in Moskau ein Treffen des Außenministers Russlands, Sergej Lawrow, "
            "mit dem Vizekanzler und Bundesaußenminister Deutschlands, Sigmar Gabriel, statt.")
    assert spans(recognizer, text) == [
        ("Moskau", "LOC"), ("Russlands", "LOC"), ("Sergej Lawrow", "PER"),
        ("Deutschlands", "LOC"), ("Sigmar Gabriel", "PER")]


def test_german_office_directly_before_name(recognizer):
    assert spans(recognizer, "Staatssekretär Miguel Berger hat den russischen Botschafter "
                             "einbestellt.") == [("Miguel Berger", "PER")]


def test_german_held_out_germeval_sentences(recognizer):
    # GermEval 2014 held-out sentences (CC BY 4.0, Benikova et al. 2014), detokenised.
    first = ("Kunden sollten ernsthaft überlegen, ob sie ihr Geld nicht einem niederländischen "
             "Institut anvertrauen sollten, sagt Max Herbst, Inhaber der auf Zinsvergleiche "
             "spezialisierten FMH Finanzberatung aus Frankfurt.")
    second = ("Ohne Abwehrchef Angelo Barletta wird der VfL Osnabrück am Samstag die Heimpartie "
              "(14 Uhr, Osnatel-Arena) gegen den SV Wehen-Wiesbaden bestreiten.")
    assert spans(recognizer, first) == [("Max Herbst", "PER"), ("FMH", "ORG"),
                                        ("Frankfurt", "LOC")]
    assert spans(recognizer, second) == [("Angelo Barletta", "PER"), ("VfL Osnabrück", "ORG"),
                                         ("Osnatel-Arena", "LOC"), ("SV Wehen-Wiesbaden", "ORG")]


def test_german_offsets_point_into_text_across_lines(recognizer):
    text = "Titel\n\n  Staatssekretär Miguel Berger kam.\nStaatssekretär Miguel Berger ging."
    found = recognizer.recognize([text, ""])
    assert [(m.start, m.end, m.text, m.normal) for m in found[0]] == [
        (24, 37, "Miguel Berger", "Miguel Berger"), (58, 71, "Miguel Berger", "Miguel Berger")]
    assert found[1] == []


def test_german_office_words_cover_compounds_and_case_forms():
    cues = PersonCues()
    assert all(map(cues.is_office, ["Außenministers", "Vizepräsidentin", "Regierungssprecher",
                                    "Sonderbeauftragte", "Staatssekretär"]))
    assert not any(map(cues.is_office, ["Ministerium", "Präsidentschaft", "außenminister"]))


def test_german_missing_model_names_the_retrain_command(tmp_path):
    with pytest.raises(ModelMissingError, match=r"python -m communique\.tools\.train_de_ner"):
        GermanRecognizer(tmp_path / "de_ner")


def test_german_cue_file_without_a_list_is_a_clear_error(tmp_path):
    path = tmp_path / "person_cues.yaml"
    path.write_text("title_stems: [minister]\n", encoding="utf-8")
    with pytest.raises(DataFileError, match="lacks the lists title_endings"):
        PersonCues(path)
