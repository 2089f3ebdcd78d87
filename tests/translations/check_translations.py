#!/usr/bin/env python3
"""Fails when a Qt Linguist .ts file of Promptwerk is not fully translated or
is behind the sources.

Usage: check_translations.py LUPDATE SOURCE_DIR TS_FILE...

For each TS_FILE: every message has a finished, non-empty translation (no
type="unfinished", "vanished" or "obsolete"), numerus messages have as many
forms as the language has plural forms, and the set of source strings equals
what lupdate finds in the sources now, so a new tr() without a translation
fails here rather than showing English in a translated window.
"""
import os
import shutil
import subprocess
import sys
import tempfile
import xml.etree.ElementTree as ET

# Plural forms Qt Linguist uses per language (see Qt's numerus rules).
PLURAL_FORMS = {"ja": 1, "ru": 3, "id": 1}
# The folders with strings the user sees: the window, the tool runs, the keychain.
SOURCE_FOLDERS = ["ui", "app/gui", "core"]

problems = []


def problem(path, text):
    problems.append(f"{path}: {text}")


def language_of(path):
    # promptwerk_ja.ts -> ja, as lupdate and QTranslator::load() read it.
    return os.path.basename(path)[len("promptwerk_"):-len(".ts")]


def messages(path):
    try:
        root = ET.parse(path).getroot()
    except ET.ParseError as error:
        problem(path, f"not valid XML: {error}")
        return []
    found = []
    for context in root.iter("context"):
        name = context.findtext("name")
        for message in context.iter("message"):
            found.append((name, message))
    return found


def check_translations(path):
    language = language_of(path)
    forms = PLURAL_FORMS.get(language)
    if forms is None:
        problem(path, f"unknown language '{language}': add its plural forms to PLURAL_FORMS")
        return
    entries = messages(path)
    if not entries:
        problem(path, "has no messages")
    for context, message in entries:
        source = message.findtext("source")
        where = f"{context}: “{source}”"
        translation = message.find("translation")
        if translation is None:
            problem(path, f"{where} has no translation")
            continue
        kind = translation.get("type")
        if kind in ("unfinished", "vanished", "obsolete"):
            problem(path, f"{where} is {kind}")
        if message.get("numerus") == "yes":
            texts = [form.text or "" for form in translation.findall("numerusform")]
            if len(texts) != forms:
                problem(path, f"{where} has {len(texts)} plural forms, {language} needs {forms}")
            if "%n" in source and any("%n" not in text for text in texts):
                problem(path, f"{where} has a plural form without %n")
        else:
            texts = [translation.text or ""]
        if any(not text.strip() for text in texts):
            problem(path, f"{where} has an empty translation")
        for placeholder in ("%1", "%2", "%3"):
            if placeholder in source and any(placeholder not in text for text in texts):
                problem(path, f"{where} lost the placeholder {placeholder}")


def source_strings(path):
    return {(context, message.findtext("source")) for context, message in messages(path)}


def check_up_to_date(lupdate, source_dir, path):
    with tempfile.TemporaryDirectory() as temp:
        fresh = os.path.join(temp, os.path.basename(path))
        shutil.copyfile(path, fresh)
        result = subprocess.run(
            [lupdate, "-silent", "-no-obsolete", *SOURCE_FOLDERS, "-ts", fresh],
            cwd=source_dir, capture_output=True, text=True)
        if result.returncode != 0:
            problem(path, f"lupdate failed: {result.stderr}")
            return
        committed, current = source_strings(path), source_strings(fresh)
    for context, source in sorted(current - committed):
        problem(path, f"{context}: “{source}” is in the sources but not in the file (run lupdate, then translate it)")
    for context, source in sorted(committed - current):
        problem(path, f"{context}: “{source}” is no longer in the sources (run lupdate -no-obsolete)")


def main():
    if len(sys.argv) < 4:
        sys.exit(__doc__)
    lupdate, source_dir, files = sys.argv[1], sys.argv[2], sys.argv[3:]
    for path in files:
        check_translations(path)
        check_up_to_date(lupdate, source_dir, path)
    for line in problems:
        print(line)
    print(f"{len(files)} translation files checked, {len(problems)} problems")
    sys.exit(1 if problems else 0)


if __name__ == "__main__":
    main()
