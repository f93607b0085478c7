"""The translations that ship are complete and current: every text in the code has its
German, every plural its English forms, the compiled .qm files match their .ts sources,
and no translation loses a gap ({customer}, %n) or a tag."""

from __future__ import annotations

import importlib.util
import re
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
spec = importlib.util.spec_from_file_location("translations", ROOT / "scripts" / "translations.py")
assert spec and spec.loader
translations = importlib.util.module_from_spec(spec)
sys.modules["translations"] = translations
spec.loader.exec_module(translations)

GAP = re.compile(r"\{[A-Za-z_][A-Za-z0-9_]*\}|%L?n|%\d|</?[a-z]+")


def _keys(ts: Path) -> set[tuple[str, str]]:
    return set(translations.messages(ts))


@pytest.fixture(scope="module")
def fresh(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Path]:
    """What lupdate finds in the code now, next to what is committed."""
    folder = tmp_path_factory.mktemp("ts")
    found = {}
    for language in translations.LANGUAGES:
        target = folder / translations.ts_path(language).name
        target.write_bytes(translations.ts_path(language).read_bytes())
        translations.extract(target, language)
        found[language] = target
    return found


@pytest.mark.parametrize("language", translations.LANGUAGES)
def test_the_ts_files_hold_every_text_in_the_code(language: str, fresh: dict[str, Path]) -> None:
    committed, current = _keys(translations.ts_path(language)), _keys(fresh[language])
    assert sorted(current - committed) == [], "run: python scripts/translations.py update"
    assert sorted(committed - current) == [], "run: python scripts/translations.py update"


@pytest.mark.parametrize("language", translations.LANGUAGES)
def test_every_text_is_translated(language: str) -> None:
    missing = translations.unfinished(language)
    assert missing == [], f"{len(missing)} texts have no {language} translation yet"


def test_the_german_file_is_not_empty() -> None:
    assert len(_keys(translations.ts_path("de"))) > 500


@pytest.mark.parametrize("language", translations.LANGUAGES)
def test_the_shipped_qm_matches_its_ts(language: str, tmp_path: Path) -> None:
    ts = translations.ts_path(language)
    compiled = tmp_path / "x.qm"
    translations.compile_ts(ts, compiled)
    assert compiled.read_bytes() == ts.with_suffix(".qm").read_bytes(), (
        "run: python scripts/translations.py update"
    )


@pytest.mark.parametrize("language", translations.LANGUAGES)
def test_translations_keep_every_gap_and_tag(language: str) -> None:
    lost = []
    for (context, source), message in translations.messages(translations.ts_path(language)).items():
        translation = message.find("translation")
        assert translation is not None
        plural = [f.text or "" for f in translation.findall("numerusform")]
        forms = plural or [translation.text or ""]
        wanted = sorted(GAP.findall(source))
        count = [gap for gap in wanted if gap.endswith("n") and gap.startswith("%")]
        for form in forms:
            found = sorted(GAP.findall(form))
            if plural and not any(gap in found for gap in count):  # "Jede Minute" for 1
                found = sorted([*found, *count])
            if form and found != wanted:
                lost.append(f"[{context}] {source!r} -> {form!r}")
    assert lost == []


def test_the_pseudo_language_keeps_gaps_and_mnemonics() -> None:
    shown = translations.pseudo("&Send to {customer}: %n left <b>now</b>", "en_XA")
    assert "{customer}" in shown and "%n" in shown and "<b>" in shown and "</b>" in shown
    assert "&Š" in shown  # the mnemonic still marks the first letter
    assert len(shown) > len("&Send to {customer}: %n left <b>now</b>")


def test_the_update_command_is_documented() -> None:
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    assert "scripts/translations.py update" in readme
    result = subprocess.run(
        [sys.executable, str(ROOT / "scripts" / "translations.py")], capture_output=True, text=True
    )
    assert result.returncode == 2 and "update" in result.stderr
