"""One catalogue of the errors Communiqué raises, each saying what to do.

Codes (E001…) are stable so that users can search for them; messages name the
fix, never only the symptom.
"""

from __future__ import annotations


class CommuniqueError(Exception):
    """Base class: every error the package raises on purpose."""

    code = "E000"

    def __init__(self, message: str) -> None:
        super().__init__(f"[{self.code}] {message}")


class PipelineOrderError(CommuniqueError):
    code = "E001"

    def __init__(self, stage: str, missing: list[str]) -> None:
        super().__init__(
            f"stage '{stage}' needs {', '.join(missing)}, which no earlier stage assigns; "
            "put the stage that assigns it first"
        )


class ReadError(CommuniqueError):
    """A document could not be read; carries the one-line reason for the summary."""

    code = "E002"


class DataFileError(CommuniqueError):
    """A shipped data file (lexicon, gazetteer) is missing or malformed."""

    code = "E003"


class ModelMissingError(CommuniqueError):
    code = "E004"

    def __init__(self, what: str, path: str, retrain: str) -> None:
        super().__init__(f"the {what} model is missing at {path}; rebuild it with `{retrain}`")


class StoreError(CommuniqueError):
    code = "E005"


class UnknownFormatError(CommuniqueError):
    code = "E006"


class SettingsError(CommuniqueError):
    """A settings file or environment variable names an unknown key or a wrong type."""

    code = "E007"
