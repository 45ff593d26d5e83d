"""Levels: a province enrols a commune committee; the commune sets up from the file
or, already set up, accepts it; the file's level decides the role."""

from __future__ import annotations

import json

from tests.bundles.world import EN, cli, ok, refused


def test_a_commune_sets_up_from_its_provinces_file_and_only_as_a_committee(tmp_path):
    province, stick = tmp_path / "province", tmp_path / "stick"
    stick.mkdir()
    ok(cli(province, "init", "--role", "committee", "--name", "Tỉnh ủy Ninh Thuận",
           "--code", "TUNT"))
    ok(cli(province, "enroll", "--name", "Đảng ủy xã Phước Hà", "--code", "DUPH",
           "--level", "committee", "-o", str(stick / "DUPH.json")))
    ok(cli(province, "enroll", "--name", "Chi bộ trực thuộc", "--code", "CBTT",
           "-o", str(stick / "CBTT.json")))
    assert json.loads((stick / "DUPH.json").read_text())["level"] == "committee"
    assert "level" not in json.loads((stick / "CBTT.json").read_text())   # as before

    refused(cli(tmp_path / "as-cell", "init", "--role", "cell", "--enrollment",
                str(stick / "DUPH.json"), lang=EN), "--role committee")
    assert not (tmp_path / "as-cell").exists()
    ok(cli(tmp_path / "commune", "init", "--role", "committee", "--enrollment",
           str(stick / "DUPH.json")))
    ok(cli(tmp_path / "cell", "init", "--enrollment", str(stick / "CBTT.json")))
    refused(cli(tmp_path / "cell", "bundle", "export", "--up", "--to", str(stick),
                lang=EN), "committee")


def test_a_commune_set_up_alone_accepts_the_file_once(tmp_path):
    province, stick = tmp_path / "province", tmp_path / "stick"
    stick.mkdir()
    ok(cli(province, "init", "--role", "committee", "--name", "Tỉnh ủy", "--code", "TU"))
    ok(cli(province, "enroll", "--name", "Xã A", "--code", "XA", "--level", "committee",
           "-o", str(stick / "XA.json")))
    commune = tmp_path / "commune"
    ok(cli(commune, "init", "--role", "committee", "--name", "Xã A", "--code", "XA"))
    refused(cli(commune, "bundle", "export", "--up", "--to", str(stick), lang=EN),
            "accept-enrollment")
    ok(cli(commune, "accept-enrollment", str(stick / "XA.json")))
    refused(cli(commune, "accept-enrollment", str(stick / "XA.json"), lang=EN))
    up = ok(cli(commune, "bundle", "export", "--up", "--to", str(stick)))
    assert up.splitlines()[0].endswith("partydesk-XA-to-TU-000001.pdbundle.zip")
