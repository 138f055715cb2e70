"""`tafel controleer`: the structure of bodies against its rules, from the command line."""

from __future__ import annotations

import json


def test_check_reports_findings_with_exit_code_1(isolated_template):
    done = isolated_template.cli("controleer", "--datum", "2018-11-02", check=False)
    assert done.returncode == 1, done.stdout + done.stderr
    assert "Gecontroleerd op 2 november 2018." in done.stdout
    assert "[bo-kerngroep]" in done.stdout
    assert "De ambtelijk voorzitter (Toke Slaman) zit niet in de kerngroep." in done.stdout


def test_check_as_json_for_one_body(isolated_template):
    done = isolated_template.cli("controleer", "--datum", "2018-11-02", "--gremium", "vdg-dagelijks-bestuur", "--json", check=False)
    assert done.returncode == 1, done.stderr
    report = json.loads(done.stdout)
    assert report["datum"] == "2018-11-02"
    roles = next(rule for rule in report["regels"] if rule["id"] == "db-rollen")
    assert roles["overtredingen"][0]["gremium"] == "vdg-dagelijks-bestuur"
    assert roles["bron"]["document"] == "strategische-agenda-vdg-2018-2022"
    kerngroep = next(rule for rule in report["regels"] if rule["id"] == "bo-kerngroep")
    assert kerngroep["overtredingen"] == []


def test_check_refuses_bad_input_in_dutch(isolated_template, tmp_path):
    done = isolated_template.cli("controleer", "--datum", "2018-13-01", check=False)
    assert done.returncode == 1 and "--datum: ‘2018-13-01’ is geen datum" in done.stderr
    done = isolated_template.cli("controleer", "--gremium", "bestaat-niet", check=False)
    assert done.returncode == 1 and "--gremium: er is geen gremium ‘bestaat-niet’" in done.stderr
    rules = tmp_path / "regels.json"
    rules.write_text('{"naam": "x", "regels": [{"id": "a", "tekst": "t"}]}', encoding="utf-8")
    done = isolated_template.cli("controleer", "--regels", str(rules), check=False)
    assert done.returncode == 1 and "het veld ‘controle’ ontbreekt in regel 1" in done.stderr


def test_an_own_rule_set_that_holds_exits_0(isolated_template, tmp_path):
    rules = tmp_path / "regels.json"
    rules.write_text(json.dumps({"naam": "Eigen regels", "regels": [
        {"id": "ps-vergadert", "tekst": "Provinciale Staten vergaderen.", "controle": "vergaderritme",
         "gremia": ["provinciale-staten-drenthe"], "minimum": 1},
    ]}), encoding="utf-8")
    done = isolated_template.cli("controleer", "--regels", str(rules), "--datum", "2009-12-31", check=False)
    assert done.returncode == 0, done.stdout + done.stderr
    assert "Geen afwijkingen." in done.stdout
