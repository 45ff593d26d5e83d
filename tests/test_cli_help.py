"""``--help`` speaks the language of PARTYDESK_LANG, like the commands' messages."""

from __future__ import annotations

import argparse

import pytest

from partydesk.cli.help_texts import HELP_TEXTS
from partydesk.cli.parser import build_parser


def help_of(monkeypatch, language: str, *words: str) -> str:
    monkeypatch.setattr(argparse, "_", argparse._)            # restored after the test
    monkeypatch.setattr(argparse, "ngettext", argparse.ngettext)
    monkeypatch.setenv("PARTYDESK_LANG", language)
    parser = build_parser()
    for word in words:
        parser = next(a for a in parser._actions
                      if isinstance(a, argparse._SubParsersAction)).choices[word]
    return parser.format_help()


def every_help(parser) -> set[str]:
    found = {parser.description} if parser.description else set()
    for action in parser._actions:
        if action.help and not action.help.startswith("show "):
            found.add(action.help)
        if isinstance(action, argparse._SubParsersAction):
            found |= {choice.help for choice in action._choices_actions}
            for sub in action.choices.values():
                found |= every_help(sub)
    return found


def test_every_help_text_is_in_the_catalogue(monkeypatch):
    monkeypatch.setenv("PARTYDESK_LANG", "en")
    missing = every_help(build_parser()) - {text for _context, text in HELP_TEXTS}
    assert not missing, f"add to cli/help_texts.py and run make translations: {missing}"


@pytest.mark.parametrize("words", [(), ("members", "list"), ("bundle",)])
def test_help_is_vietnamese_by_default_and_english_on_request(monkeypatch, words):
    vietnamese = help_of(monkeypatch, "vi", *words)
    assert "cách dùng:" in vietnamese and "tùy chọn:" in vietnamese
    assert "usage:" not in vietnamese and "show this help" not in vietnamese
    english = help_of(monkeypatch, "en", *words)
    assert "usage:" in english and "show this help message and exit" in english
