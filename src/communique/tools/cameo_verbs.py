"""List PETRARCH2's CAMEO verbs per PLOVER category, as raw material for ``lang/en/events.yaml``.

The CAMEO verb dictionary (``cameo_verbs/CAMEO.2.0.txt``, MIT) groups synonyms
into blocks, each verb with a CAMEO code (its own or the block's), and lists
phrase patterns ("- * SANCTIONS [163]") under them. PLOVER's conversion table
(``plover/CAMEO2PLOVER-2021.txt``) maps each code to a category and mode. This
script prints, per category, the verbs coded to it and the pattern objects that
take a verb there; a person reads that list and keeps the verbs that report
interstate acts. It generates nothing that ships.

    python -m communique.tools.cameo_verbs CAMEO.2.0.txt CAMEO2PLOVER-2021.txt --category SANCTION
"""

from __future__ import annotations

import argparse
import re
import sys
from collections import Counter, defaultdict
from pathlib import Path

_BLOCK = re.compile(r"^---\s+(\S+)\s+\[([^\]]*)\]")
_CODE = re.compile(r"\[([0-9]{2,4})(?::[0-9]*)?\]")
_MAP = re.compile(r"^([0-9]{2,4}):\s*([A-Z]+)\s*,\s*([^,#]*)")


def read_plover(path: Path) -> dict[str, tuple[str, str]]:
    """CAMEO code → (PLOVER category, mode)."""
    table: dict[str, tuple[str, str]] = {}
    for line in path.read_text(encoding="utf-8").splitlines():
        match = _MAP.match(line.strip())
        if match:
            table[match.group(1)] = (match.group(2), match.group(3).strip())
    return table


def plover_of(code: str, table: dict[str, tuple[str, str]]) -> tuple[str, str] | None:
    """The category of a code, falling back to its shorter parents (0314 → 031 → 03)."""
    for cut in range(len(code), 1, -1):
        if code[:cut] in table:
            return table[code[:cut]]
    return None


def _verb(text: str) -> str:
    return text.split("{")[0].strip().lstrip("+").replace("_", " ").lower()


def mine(cameo: Path, table: dict[str, tuple[str, str]]
         ) -> dict[str, dict[str, Counter[str]]]:
    """category → verb → Counter of "mode|object" (object "" for the bare verb)."""
    out: dict[str, dict[str, Counter[str]]] = defaultdict(lambda: defaultdict(Counter))
    block_code: str | None = None
    verbs: list[str] = []
    in_patterns = False
    for raw in cameo.read_text(encoding="utf-8", errors="replace").splitlines():
        line = raw.split("#")[0].rstrip()
        header = _BLOCK.match(line)
        if header:
            block_code = header.group(2) if header.group(2).isdigit() else None
            verbs, in_patterns = [], False
            continue
        if not line.strip() or line.startswith("&"):
            continue        # blank, or a synonym set's name (its members carry no code)
        code = _CODE.search(line)
        if line.startswith("-"):
            in_patterns = True
            if code is None:
                continue
            category = plover_of(code.group(1), table)
            phrase = _CODE.sub("", line[1:]).strip().lower()
            for verb in verbs:
                if category:
                    out[category[0]][verb][f"{category[1]}|{phrase}"] += 1
            continue
        if in_patterns:
            continue
        verb = _verb(_CODE.sub("", line))
        if not verb:
            continue
        verbs.append(verb)
        own = code.group(1) if code else block_code
        category = plover_of(own, table) if own else None
        if category:
            out[category[0]][verb][f"{category[1]}|"] += 1
    return out


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("cameo", type=Path, help="cameo_verbs/CAMEO.2.0.txt")
    parser.add_argument("plover", type=Path, help="plover/CAMEO2PLOVER-2021.txt")
    parser.add_argument("--category", help="only this PLOVER category (e.g. SANCTION)")
    parser.add_argument("--patterns", type=int, default=4,
                        help="pattern objects shown per verb (default 4)")
    args = parser.parse_args(argv)
    mined = mine(args.cameo, read_plover(args.plover))
    for category in sorted(mined):
        if args.category and category != args.category.upper():
            continue
        verbs = mined[category]
        print(f"# {category}: {len(verbs)} verbs")
        for verb in sorted(verbs, key=lambda v: -sum(verbs[v].values())):
            bare = sorted({k.split("|")[0] for k in verbs[verb] if k.endswith("|")})
            objects = [k.split("|", 1)[1] for k, _ in verbs[verb].most_common()
                       if not k.endswith("|")][:args.patterns]
            print(f"{verb:24} modes={','.join(m or '-' for m in bare) or '(patterns only)':14} "
                  f"{'; '.join(objects)}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
