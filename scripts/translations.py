"""The interface's translations: extract, pseudo-translate, fill in, compile, check.

    python scripts/translations.py update        # after changing texts in the code
    python scripts/translations.py fill de F.json [F.json ...]
    python scripts/translations.py missing de    # what still needs a translator

`update` runs pyside6-lupdate over the package (every tr(), translate() and
QT_TRANSLATE_NOOP), keeps what is already translated, writes the pseudo-languages
(en_XA longer and accented, ar_XB right to left) and compiles every .ts into the .qm files
the package ships. `fill` takes translations as JSON, {"Context": {"source": "translation"}}
(a text with plurals takes a list: ["1 form", "other form"]).
"""

from __future__ import annotations

import json
import re
import shutil
import subprocess
import sys
import tempfile
import xml.etree.ElementTree as ET
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
PACKAGE = ROOT / "feedback_desk"
FOLDER = ROOT / "resources" / "translations"
# The ones translated by people. English holds only the plural forms ("%n complaint(s)"
# reads "1 complaint", "2 complaints"): the code is written in English.
LANGUAGES = ("de", "en")
PSEUDO = ("en_XA", "ar_XB")
PLURAL_FORMS = {"ar_XB": 6}
# What must stay as it is inside a text: {gaps}, %n and %1, <tags>, &entities; and the
# mnemonic's & (kept before the letter it marks).
_KEEP = re.compile(
    r"\{[A-Za-z_][A-Za-z0-9_]*(?:![rsa])?(?::[^{}]*)?\}|%L?n|%\d|<[^>]+>|&[a-z]+;|&&|&(?=\w)"
)
_ACCENTED = dict(
    zip(
        "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ",
        "àƀçđéƒĝĥîĵķĺɱñöþǫŕšţûṽŵẋýžÅƁÇĐÉƑĜĤÎĴĶĹṀÑÖÞǪŔŠŢÛṼŴẊÝŽ",
        strict=True,
    )
)


def tool(name: str) -> str:
    found = shutil.which(name) or str(Path(sys.executable).with_name(name))
    if not Path(found).exists():
        raise SystemExit(f"{name} is missing: it comes with PySide6 (pip install -e .)")
    return found


def sources() -> list[str]:
    return sorted(str(p.relative_to(ROOT)) for p in PACKAGE.rglob("*.py"))


def ts_path(language: str) -> Path:
    return FOLDER / f"feedback_desk_{language}.ts"


_PLURAL = re.compile(r"%L?n")


def plural_forms(target: Path) -> dict[tuple[str, str], list[str]]:
    """The plural forms translated so far (lupdate forgets those it does not see as plurals)."""
    if not target.exists():
        return {}
    return {
        key: forms
        for key, message in messages(target).items()
        if message.get("numerus") == "yes"
        and (forms := [f.text or "" for f in message.iter("numerusform")])
        and any(f.strip() for f in forms)
    }


def mark_plurals(target: Path, plurals_only: bool, kept: dict[tuple[str, str], list[str]]) -> None:
    """lupdate's Python reader misses the count of `translate(ctx, text, None, count)` when
    the count is a name (it takes the name for an old "encoding" argument), so it files such a
    text as one without plurals, or drops it. Every text with %n has plurals: mark it so (its
    translation kept as the first form); with `plurals_only` (English) drop the others."""
    tree = ET.parse(target)
    for context in tree.getroot().iter("context"):
        for message in list(context.iter("message")):
            source = message.findtext("source") or ""
            forms = kept.get((context.findtext("name") or "", source))
            if message.get("numerus") == "yes" and not forms:
                continue
            if not _PLURAL.search(source):
                if plurals_only:
                    context.remove(message)
                continue
            message.set("numerus", "yes")
            translation = message.find("translation")
            if translation is None:
                translation = ET.SubElement(message, "translation")
            text, translation.text = translation.text, None
            for child in list(translation):
                translation.remove(child)
            if forms:
                translation.attrib.pop("type", None)
                for form in forms:
                    ET.SubElement(translation, "numerusform").text = form
            elif text and text.strip():
                ET.SubElement(translation, "numerusform").text = text
            else:
                translation.set("type", "unfinished")
                ET.SubElement(translation, "numerusform")
    for context in list(tree.getroot().iter("context")):
        if plurals_only and context.find("message") is None:
            tree.getroot().remove(context)
    tree.write(target, encoding="utf-8", xml_declaration=True)


def extract(target: Path, language: str) -> None:
    """lupdate into `target` (kept translations stay; texts gone from the code go)."""
    # English keeps only texts with plurals; lupdate's -pluralonly would drop those whose
    # count it misses, so they are dropped by mark_plurals instead.
    plurals_only: list[str] = []
    kept = plural_forms(target)
    subprocess.run(
        [
            tool("pyside6-lupdate"),
            *sources(),
            "-ts",
            str(target),
            "-no-obsolete",
            *plurals_only,
            "-locations",
            "none",
            "-source-language",
            "en",
            "-target-language",
            language,
        ],
        cwd=ROOT,
        check=True,
        capture_output=True,
        text=True,
    )
    mark_plurals(target, language == "en", kept)


def compile_ts(ts: Path, qm: Path) -> None:
    subprocess.run(
        [tool("pyside6-lrelease"), "-silent", str(ts), "-qm", str(qm)],
        cwd=ROOT,
        check=True,
        capture_output=True,
        text=True,
    )


def pseudo(text: str, language: str) -> str:
    """A text as the pseudo-language shows it; gaps, tags and mnemonics kept."""
    if language == "ar_XB":
        return "\u202e" + text + "\u202c"  # written right to left, in a mirrored window
    parts, last = [], 0
    for match in _KEEP.finditer(text):
        parts.append("".join(_ACCENTED.get(c, c) for c in text[last : match.start()]))
        parts.append(match.group(0))
        last = match.end()
    parts.append("".join(_ACCENTED.get(c, c) for c in text[last:]))
    letters = sum(c.isalpha() for c in text)
    return "⟦" + "".join(parts) + "·" * max(1, (letters * 2) // 5) + "⟧"  # 40% longer


def write_pseudo(template: Path, language: str, folder: Path) -> Path:
    tree = ET.parse(template)
    tree.getroot().set("language", language)
    for message in tree.getroot().iter("message"):
        source = message.findtext("source") or ""
        translation = message.find("translation")
        assert translation is not None
        translation.attrib.pop("type", None)
        if message.get("numerus") == "yes":
            for form in translation.findall("numerusform"):
                translation.remove(form)
            translation.text = None
            for _ in range(PLURAL_FORMS.get(language, 2)):  # Arabic has six
                ET.SubElement(translation, "numerusform").text = pseudo(source, language)
        else:
            translation.text = pseudo(source, language)
    target = folder / ts_path(language).name
    tree.write(target, encoding="utf-8", xml_declaration=True)
    return target


def update() -> None:
    FOLDER.mkdir(parents=True, exist_ok=True)
    for language in LANGUAGES:
        extract(ts_path(language), language)
    for language in LANGUAGES:
        compile_ts(ts_path(language), ts_path(language).with_suffix(".qm"))
        print(f"{language}: {len(unfinished(language))} to translate")
    with tempfile.TemporaryDirectory() as scratch:  # pseudo .ts files are not kept
        for language in PSEUDO:
            ts = write_pseudo(ts_path(LANGUAGES[0]), language, Path(scratch))
            compile_ts(ts, ts_path(language).with_suffix(".qm"))


def messages(ts: Path) -> dict[tuple[str, str], ET.Element]:
    return messages_in(ET.parse(ts).getroot())


def messages_in(root: ET.Element) -> dict[tuple[str, str], ET.Element]:
    """(context, source) -> its <message>, for a .ts file's root element."""
    found = {}
    for context in root.iter("context"):
        name = context.findtext("name") or ""
        for message in context.iter("message"):
            found[(name, message.findtext("source") or "")] = message
    return found


def unfinished(language: str) -> list[tuple[str, str]]:
    return [
        key
        for key, message in messages(ts_path(language)).items()
        if (t := message.find("translation")) is None
        or t.get("type") in ("unfinished", "vanished", "obsolete")
        or not ("".join(t.itertext()).strip())
    ]


def fill(language: str, files: list[str]) -> None:
    ts = ts_path(language)
    tree = ET.parse(ts)
    by_key = messages_in(tree.getroot())
    filled = unknown = 0
    for file in files:
        for context, texts in json.loads(Path(file).read_text(encoding="utf-8")).items():
            for source, translated in texts.items():
                message = by_key.get((context, source))
                if message is None:
                    unknown += 1
                    print(f"not in the code: [{context}] {source!r}", file=sys.stderr)
                    continue
                translation = message.find("translation")
                assert translation is not None
                for child in list(translation):
                    translation.remove(child)
                translation.attrib.pop("type", None)
                if message.get("numerus") == "yes":
                    forms = translated if isinstance(translated, list) else [translated, translated]
                    translation.text = None
                    for form in forms:
                        ET.SubElement(translation, "numerusform").text = form
                else:
                    translation.text = translated[0] if isinstance(translated, list) else translated
                filled += 1
    tree.write(ts, encoding="utf-8", xml_declaration=True)
    left = len(unfinished(language))
    print(f"{filled} filled, {unknown} not in the code, {left} still to translate")


def main(argv: list[str]) -> int:
    if argv[:1] == ["update"]:
        update()
    elif argv[:1] == ["fill"] and len(argv) >= 3:
        extract(ts_path(argv[1]), argv[1])  # the code's texts first, then their words
        fill(argv[1], argv[2:])
        update()
    elif argv[:1] == ["missing"] and len(argv) == 2:
        for context, source in unfinished(argv[1]):
            print(f"[{context}] {source}")
    else:
        print(__doc__, file=sys.stderr)
        return 2
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
