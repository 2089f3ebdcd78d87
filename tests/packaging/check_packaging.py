#!/usr/bin/env python3
"""Checks of Promptwerk's desktop integration files, man pages and Flatpak
manifest, one subcommand per CTest test (tests/packaging/CMakeLists.txt).

Each check prints what is wrong, naming the file and the key or line, and
exits 1; it exits 0 silently when all is well. The validators are the Debian
tools from scripts/install-deps.sh."""

import argparse
import os
import re
import shutil
import subprocess
import sys
import tempfile
import xml.etree.ElementTree as ElementTree

APP_ID = "io.github.promptwerk.Promptwerk"
MIME_TYPE = "application/x-promptwerk"
BINARIES = {"promptwerk", "promptwerk-cli"}

problems = []


def problem(where, message):
    problems.append(f"{where}: {message}")


def run(command, **kwargs):
    """Runs command with a C.UTF-8 locale; returns (exit code, stdout, stderr)."""
    env = dict(os.environ, LC_ALL="C.UTF-8")
    env.update(kwargs.pop("env", {}))
    try:
        result = subprocess.run(command, capture_output=True, text=True, env=env, **kwargs)
    except FileNotFoundError:
        if os.sep in command[0]:
            sys.exit(f"{command[0]} does not exist: build it first")
        sys.exit(f"{command[0]} is not installed (scripts/install-deps.sh installs it)")
    return result.returncode, result.stdout, result.stderr


def stem(path, suffix):
    name = os.path.basename(path)
    return name[: -len(suffix)] if name.endswith(suffix) else None


def read_desktop_entry(path):
    """The [Desktop Entry] group as a dict."""
    entry, group = {}, None
    with open(path, encoding="utf-8") as f:
        for line in f:
            line = line.strip()
            if line.startswith("["):
                group = line
            elif group == "[Desktop Entry]" and "=" in line and not line.startswith("#"):
                key, value = line.split("=", 1)
                entry[key.strip()] = value.strip()
    return entry


def check_desktop_file(args):
    path = args.desktop
    code, out, err = run(["desktop-file-validate", path])
    # Hints and warnings count too: a clean file stays clean.
    for line in (out + err).splitlines():
        problem(path, f"desktop-file-validate: {line}")
    if code != 0 and not (out + err).strip():
        problem(path, f"desktop-file-validate failed with exit code {code}")

    entry = read_desktop_entry(path)
    if stem(path, ".desktop") != APP_ID:
        problem(path, f"the file must be named {APP_ID}.desktop")
    expected = {"Icon": APP_ID, "Exec": "promptwerk %F", "TryExec": "promptwerk", "Type": "Application"}
    for key, value in expected.items():
        if entry.get(key) != value:
            problem(path, f"{key} must be '{value}' (found '{entry.get(key, '')}')")
    if MIME_TYPE not in entry.get("MimeType", "").split(";"):
        problem(path, f"MimeType must list {MIME_TYPE}")


def check_metainfo(args):
    path = args.metainfo
    code, out, err = run(["appstreamcli", "validate", "--no-net", path])
    # AppStream 0.16 (Debian 12) predates <developer>, which AppStream 1.0 and
    # Flathub want; that one notice is expected, any other issue is not.
    expected_notice = re.compile(r"^I: \S+:\d+: unknown-tag developer$")
    for line in (out + err).splitlines():
        if re.match(r"^[EWI]: ", line) and not expected_notice.match(line):
            problem(path, f"appstreamcli: {line}")
    if code != 0:
        problem(path, f"appstreamcli validate failed with exit code {code}:\n{out}{err}")

    root = ElementTree.parse(path).getroot()
    if stem(path, ".metainfo.xml") != APP_ID or root.findtext("id") != APP_ID:
        problem(path, f"the file must be {APP_ID}.metainfo.xml with <id>{APP_ID}</id>")
    launchable = root.findtext("launchable[@type='desktop-id']")
    if launchable != os.path.basename(args.desktop):
        problem(path, f"<launchable> must name {os.path.basename(args.desktop)} (found {launchable})")
    binaries = {b.text for b in root.findall("provides/binary")}
    if binaries != BINARIES:
        problem(path, f"<provides> must list the binaries {sorted(BINARIES)} (found {sorted(binaries)})")
    if root.findtext("provides/mediatype") != MIME_TYPE:
        problem(path, f"<provides> must list the media type {MIME_TYPE}")
    if root.find("content_rating") is None:
        problem(path, "<content_rating> is missing")
    if not root.findall("screenshots/screenshot/image"):
        problem(path, "<screenshots> has no image")
    releases = [r.get("version") for r in root.findall("releases/release")]
    if not releases or releases[0] != args.version:
        problem(path, f"the newest <release> must be the project version {args.version} (found {releases[:1]})")


def check_mime(args):
    path = args.mime
    if shutil.which("xmllint"):
        code, out, err = run(["xmllint", "--noout", path])
        if code != 0 or err.strip():
            problem(path, f"not well-formed XML:\n{err}")
            return
    else:
        try:
            ElementTree.parse(path)
        except ElementTree.ParseError as error:
            problem(path, f"not well-formed XML: {error}")
            return

    # Compile it the way the system does and read back what was registered.
    with tempfile.TemporaryDirectory() as data_dir:
        packages = os.path.join(data_dir, "mime", "packages")
        os.makedirs(packages)
        shutil.copy(path, packages)
        env = {"XDG_DATA_DIRS": data_dir, "XDG_DATA_HOME": data_dir}
        code, out, err = run(["update-mime-database", os.path.join(data_dir, "mime")], env=env)
        for line in err.splitlines():
            problem(path, f"update-mime-database: {line}")
        if code != 0:
            problem(path, f"update-mime-database failed with exit code {code}")
            return
        with open(os.path.join(data_dir, "mime", "globs2"), encoding="utf-8") as f:
            if not re.search(rf"^\d+:{re.escape(MIME_TYPE)}:\*\.promptwerk$", f.read(), re.M):
                problem(path, f"*.promptwerk is not registered as {MIME_TYPE}")
        with open(os.path.join(data_dir, "mime", "subclasses"), encoding="utf-8") as f:
            if f"{MIME_TYPE} application/json" not in f.read().splitlines():
                problem(path, f"{MIME_TYPE} must be a sub-class of application/json")
        with open(os.path.join(data_dir, "mime", "magic"), "rb") as f:
            if b'"format": "promptwerk"' not in f.read():
                problem(path, 'no magic match for "format": "promptwerk"')


def roff_to_text(line):
    """The visible words of a roff line, enough to find option and command names."""
    line = re.sub(r"\\f[BIRP]", "", line)
    line = line.replace("\\-", "-").replace("\\%", "").replace("\\e", "\\")
    line = re.sub(r"^\.[A-Z]{1,2}\s+", "", line)
    return line.replace('"', " ")


def man_page_headings(path):
    """The tags of the page's .TP items, as plain text."""
    with open(path, encoding="utf-8") as f:
        lines = f.read().splitlines()
    return [roff_to_text(lines[i + 1]) for i, line in enumerate(lines[:-1]) if line.strip() == ".TP"]


def check_man_page(args):
    for page in args.pages:
        code, out, err = run(["groff", "-man", "-Tutf8", "-ww", "-z", page])
        for line in err.splitlines():
            problem(page, f"groff: {line}")
        if code != 0:
            problem(page, f"groff failed with exit code {code}")
        with open(page, encoding="utf-8") as f:
            title = next((line for line in f if line.startswith(".TH ")), "")
        if f'"Promptwerk {args.version}"' not in title:
            problem(page, f'the .TH line must name "Promptwerk {args.version}" (found: {title.strip()})')


def check_man_page_covers_help(args):
    """Every option and command that BINARY --help lists is an item of the man page."""
    env = {"QT_QPA_PLATFORM": "offscreen"}
    code, out, err = run([args.binary, "--help"], env=env)
    if code != 0:
        problem(args.binary, f"--help failed with exit code {code}: {err}")
        return
    names, section = [], None
    for line in out.splitlines():
        if re.match(r"^\S.*:$", line):
            section = line[:-1]
        elif section == "Options":
            match = re.match(r"^  (-\S+?)(?:, (--\S+?))?(?: <\S+>)?(?:\s{2,}|$)", line)
            if match:
                names += [n for n in match.groups() if n]
        elif section == "Commands":
            match = re.match(r"^  (\S+)", line)
            if match:
                names.append(match.group(1))
    if not names:
        problem(args.binary, f"--help lists no options; its format changed?\n{out}")
    heading_words = set()
    for heading in man_page_headings(args.page):
        heading_words.update(re.findall(r"-{0,2}[\w][\w-]*", heading))
    for name in names:
        if name not in heading_words:
            problem(args.page, f"'{name}' (from {os.path.basename(args.binary)} --help) is not described")


def check_flatpak_manifest(args):
    import yaml

    path = args.manifest
    try:
        with open(path, encoding="utf-8") as f:
            manifest = yaml.safe_load(f)
    except yaml.YAMLError as error:
        problem(path, f"not valid YAML: {error}")
        return
    if not isinstance(manifest, dict):
        problem(path, "the manifest must be a mapping")
        return

    app_id = manifest.get("id", manifest.get("app-id"))
    if app_id != APP_ID:
        problem(path, f"id must be {APP_ID} (found {app_id})")
    if app_id and stem(path, ".yml") != app_id:
        problem(path, f"the file must be named after the id ({app_id}.yml)")
    if manifest.get("runtime") != "org.kde.Platform" or manifest.get("sdk") != "org.kde.Sdk":
        problem(path, "runtime and sdk must be org.kde.Platform and org.kde.Sdk")
    if not re.fullmatch(r"6\.\d+", str(manifest.get("runtime-version", ""))):
        problem(path, f"runtime-version must be a quoted KDE 6 branch like '6.10' (found {manifest.get('runtime-version')!r})")
    if manifest.get("command") != "promptwerk":
        problem(path, "command must be promptwerk")

    allowed_finish_args = {
        "--share=ipc", "--share=network", "--socket=wayland", "--socket=fallback-x11", "--device=dri",
        "--talk-name=org.freedesktop.secrets", "--talk-name=org.kde.kwalletd5", "--talk-name=org.kde.kwalletd6",
    }
    finish_args = manifest.get("finish-args") or []
    for arg in finish_args:
        if arg not in allowed_finish_args:
            problem(path, f"finish-args: '{arg}' is not one of the permissions Promptwerk needs")
    for needed in ("--share=ipc", "--socket=wayland", "--socket=fallback-x11", "--share=network"):
        if needed not in finish_args:
            problem(path, f"finish-args: '{needed}' is missing")

    modules = manifest.get("modules") or []
    if not modules or not isinstance(modules[-1], dict) or modules[-1].get("name") != "promptwerk":
        problem(path, "the last module must be promptwerk")
    if not any(isinstance(m, dict) and m.get("name") == "qtkeychain" for m in modules):
        problem(path, "a qtkeychain module is missing")
    manifest_dir = os.path.dirname(os.path.abspath(path))
    for index, module in enumerate(modules):
        where = f"modules[{index}]"
        if not isinstance(module, dict) or not module.get("name") or not module.get("buildsystem"):
            problem(path, f"{where} needs a name and a buildsystem")
            continue
        where = f"module {module['name']}"
        sources = module.get("sources") or []
        if not sources:
            problem(path, f"{where} has no sources")
        for source in sources:
            kind = source.get("type")
            if kind in ("archive", "file"):
                if not source.get("url") or not re.fullmatch(r"[0-9a-f]{64}", str(source.get("sha256", ""))):
                    problem(path, f"{where}: an {kind} source needs a url and a real sha256")
                elif len(set(source["sha256"])) < 4:
                    problem(path, f"{where}: sha256 {source['sha256']} looks like a placeholder")
            elif kind == "git":
                if bool(source.get("url")) == bool(source.get("path")):
                    problem(path, f"{where}: a git source needs a url or a path")
                if source.get("path") and not os.path.isfile(
                    os.path.join(manifest_dir, source["path"], "CMakeLists.txt")
                ):
                    problem(path, f"{where}: path {source['path']} is not the project's root")
                if not (source.get("tag") or source.get("commit") or source.get("branch")):
                    problem(path, f"{where}: a git source needs a tag, commit or branch")
                if source.get("commit") and not re.fullmatch(r"[0-9a-f]{40}", source["commit"]):
                    problem(path, f"{where}: commit {source['commit']} is not a full hash")
            else:
                problem(path, f"{where}: unexpected source type {kind}")
    with open(path, encoding="utf-8") as f:
        text = f.read()
    for word in ("TODO", "FIXME", "PLACEHOLDER", "XXX"):
        if word in text:
            problem(path, f"contains {word}")


def main():
    parser = argparse.ArgumentParser(description=__doc__)
    commands = parser.add_subparsers(dest="check", required=True)
    desktop = commands.add_parser("desktop-file")
    desktop.add_argument("desktop")
    desktop.set_defaults(run=check_desktop_file)
    metainfo = commands.add_parser("metainfo")
    metainfo.add_argument("metainfo")
    metainfo.add_argument("desktop")
    metainfo.add_argument("--version", required=True)
    metainfo.set_defaults(run=check_metainfo)
    mime = commands.add_parser("mime")
    mime.add_argument("mime")
    mime.set_defaults(run=check_mime)
    man = commands.add_parser("man-pages")
    man.add_argument("pages", nargs="+")
    man.add_argument("--version", required=True)
    man.set_defaults(run=check_man_page)
    covers = commands.add_parser("man-page-covers-help")
    covers.add_argument("binary")
    covers.add_argument("page")
    covers.set_defaults(run=check_man_page_covers_help)
    flatpak = commands.add_parser("flatpak-manifest")
    flatpak.add_argument("manifest")
    flatpak.set_defaults(run=check_flatpak_manifest)

    args = parser.parse_args()
    args.run(args)
    for line in problems:
        print(line, file=sys.stderr)
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main())
