"""The first run as a newcomer meets it (issue 14 part 1): `tafel serve` on a new database ends
its output with the address and the demo editor's sign-in line, flushed while it runs (not when
it stops), and a later start says how to get a new password; the command line's help is Dutch."""

from __future__ import annotations

import re
import subprocess
import time

from helpers import IsolatedTafel, signed_in_session

DEMO_EDITOR = "redacteur@tafel.example"
SIGN_IN_LINE = re.compile(r"^Aanmelden als demo-redacteur: (\S+) met wachtwoord (\S+)", re.M)


def _output_lines(tafel: IsolatedTafel) -> list[str]:
    """The serve log's last start, as lines without the log lines (those carry a timestamp)."""
    text = tafel.log_path.read_text(encoding="utf-8").rsplit("---- tafel serve", 1)[-1]
    return [line for line in text.splitlines()[1:] if line.strip() and not re.match(r"^\d{4}-\d\d-\d\dT", line)]


def _wait_for(tafel: IsolatedTafel, pattern: str, seconds: float = 10) -> list[str]:
    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline:
        lines = _output_lines(tafel)
        if lines and re.search(pattern, lines[-1]):
            return lines
        time.sleep(0.1)
    return _output_lines(tafel)


def test_first_start_ends_with_address_and_sign_in_line_that_works(tafel_bin, tmp_path):
    tafel = IsolatedTafel(tafel_bin, tmp_path / "nieuw")
    tafel.start()
    try:
        # Printed while the server runs: standard output to a file is block-buffered unless flushed.
        lines = _wait_for(tafel, r"^Tafel draait op ")
        assert lines[-1] == f"Tafel draait op http://127.0.0.1:{tafel.port}", lines[-3:]
        match = SIGN_IN_LINE.search("\n".join(lines[-3:]))
        assert match, lines[-3:]
        assert match.group(1) == DEMO_EDITOR
        signed_in_session(tafel.url, DEMO_EDITOR, match.group(2))
    finally:
        tafel.stop()

    # A later start prints no password, but the address and how to get a new one, last.
    tafel.start()
    try:
        lines = _wait_for(tafel, r"^Tafel draait op ")
        assert lines[-1] == f"Tafel draait op http://127.0.0.1:{tafel.port}", lines[-3:]
        assert not SIGN_IN_LINE.search("\n".join(lines))
        assert any("tafel gebruiker wachtwoord --email redacteur@tafel.example" in line for line in lines[-3:]), lines[-3:]
        done = tafel.cli("gebruiker", "wachtwoord", "--email", DEMO_EDITOR)
        password = re.search(r"wachtwoord \(eenmalig getoond\): (\S+)", done.stdout, re.I)
        assert password, done.stdout
        signed_in_session(tafel.url, DEMO_EDITOR, password.group(1))
    finally:
        tafel.stop()


ENGLISH = ("USAGE:", "OPTIONS:", "ARGUMENTS:", "SUBCOMMANDS:", "OVERVIEW:", "Show help information", "See 'tafel",
           "(default)", "for detailed help")


def test_help_is_dutch_throughout(tafel_bin):
    for args in ([], ["demo"], ["gebruiker"], ["gebruiker", "toevoegen"], ["controleer"], ["import", "samenwerkingen"]):
        done = subprocess.run([tafel_bin, *args, "--help"], capture_output=True, text=True, timeout=60)
        assert done.returncode == 0, done.stderr
        for word in ENGLISH:
            assert word not in done.stdout, f"tafel {' '.join(args)} --help: {word!r} in\n{done.stdout}"
        assert "GEBRUIK: tafel" in done.stdout and "OPTIES:" in done.stdout, done.stdout
        assert "Toon deze hulp." in done.stdout, done.stdout
    top = subprocess.run([tafel_bin, "--help"], capture_output=True, text=True, timeout=60).stdout
    assert "OPDRACHTEN:" in top and "serve (standaard)" in top, top


def test_a_wrong_option_is_refused_in_dutch(tafel_bin):
    done = subprocess.run([tafel_bin, "demo", "--bestaat-niet"], capture_output=True, text=True, timeout=60)
    assert done.returncode != 0
    assert done.stderr.startswith("Fout: onbekende optie '--bestaat-niet'"), done.stderr
    assert "Error" not in done.stderr and "Usage" not in done.stderr, done.stderr
    assert "GEBRUIK: tafel demo" in done.stderr or "Gebruik: tafel demo" in done.stderr, done.stderr
