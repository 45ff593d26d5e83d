"""Every refusal: one line in the user's language, exit 1, and the committee's
register (all tables, all rows) exactly as before."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.bundles import craft
from tests.bundles.world import EN, cli, confirmed_import, copy_dir, dump, ok, refused

pytestmark = pytest.mark.slow


def assert_refused_unchanged(committee: Path, bundle: Path, *words: str,
                             thorough: bool = True) -> None:
    """Refused by ``import`` (and, when thorough, by ``verify`` and in Vietnamese, the
    default language), and the committee's register unchanged."""
    before = dump(committee)
    refused(cli(committee, "bundle", "import", str(bundle), lang=EN), *words)
    assert dump(committee) == before
    if thorough:
        refused(cli(committee, "bundle", "verify", str(bundle), lang=EN), *words)
        line = refused(cli(committee, "bundle", "import", str(bundle)))
        assert not any(word in line for word in words if len(word) > 4)
        assert dump(committee) == before


@pytest.mark.parametrize("fraction", [0.0, 0.01, 0.05, 0.3, 0.5, 0.9, 0.995, 0.999, 1.0])
def test_a_flipped_bit_anywhere_is_refused(world, extras, tmp_path, fraction):
    committee = copy_dir(world.imported, tmp_path / "committee")
    bad = craft.flipped(extras.cb01_second, tmp_path / "bad.zip", fraction)
    assert_refused_unchanged(committee, bad, "damaged", thorough=fraction == 0.5)
    ok(cli(committee, "bundle", "verify", str(extras.cb01_second)))   # the original is fine


@pytest.mark.parametrize("keep", [0, 1, 100, 5000, -200, -82, -1])
def test_a_truncated_file_is_refused(world, extras, tmp_path, keep):
    committee = copy_dir(world.imported, tmp_path / "committee")
    bad = craft.truncated(extras.cb01_second, tmp_path / "bad.zip", keep)
    assert_refused_unchanged(committee, bad, "damaged", thorough=False)


def test_random_bytes_are_refused(world, tmp_path):
    committee = copy_dir(world.imported, tmp_path / "committee")
    assert_refused_unchanged(committee, craft.random_bytes(tmp_path / "bad.zip"), "damaged")


@pytest.mark.parametrize("prefix", ["bag/../../", "/abs/", "../", "bag/./", "C:/bag/",
                                    "bag\\..\\"])
def test_unsafe_paths_are_refused_and_nothing_is_extracted(world, extras, tmp_path, prefix):
    committee = copy_dir(world.imported, tmp_path / "committee")
    bad = craft.unsafe_names(extras.cb01_second, tmp_path / "bad.zip", prefix)
    outside = {p for p in tmp_path.parent.rglob("*") if committee not in p.parents}
    assert_refused_unchanged(committee, bad, "unsafe", thorough=prefix == "/abs/")
    assert {p for p in tmp_path.parent.rglob("*") if committee not in p.parents} == outside
    assert not Path("/abs").exists()


def test_a_zip_bomb_is_refused_before_expanding(world, tmp_path):
    committee = copy_dir(world.imported, tmp_path / "committee")
    bomb = craft.zip_bomb(tmp_path / "bomb.zip")
    assert bomb.stat().st_size < 2 * 1024 * 1024
    assert_refused_unchanged(committee, bomb, "too large")


def test_too_many_entries_are_refused(world, tmp_path):
    committee = copy_dir(world.imported, tmp_path / "committee")
    assert_refused_unchanged(committee, craft.many_entries(tmp_path / "many.zip"), "too large")


def test_an_unknown_sender_is_refused(world, extras, tmp_path):
    committee = copy_dir(world.imported, tmp_path / "committee")
    assert_refused_unchanged(committee, extras.unknown_sender, "CB09", "not a cell enrolled")


def test_a_bundle_for_another_committee_is_refused(world, extras, tmp_path):
    committee = copy_dir(world.imported, tmp_path / "committee")
    assert_refused_unchanged(committee, extras.other_committee, "DUXB", "not to this")


def test_a_key_other_than_the_pinned_one_is_refused(world, extras, tmp_path):
    committee = copy_dir(world.imported, tmp_path / "committee")
    assert_refused_unchanged(committee, extras.impostor, "CB01", "not signed by the key")


def test_a_signature_by_another_key_over_a_pinned_cells_bag_is_refused(world, extras,
                                                                        tmp_path):
    committee = copy_dir(world.imported, tmp_path / "committee")
    bad = craft.rebagged(extras.cb01_second, tmp_path / "bad.zip", *craft.stranger_key())
    assert_refused_unchanged(committee, bad, "not signed by the key")


def test_an_edited_bag_info_is_refused(world, extras, tmp_path):
    committee = copy_dir(world.imported, tmp_path / "committee")
    bad = craft.edited_bag_info(extras.cb01_second, tmp_path / "bad.zip",
                                b"PartyDesk-Sequence: 2", b"PartyDesk-Sequence: 9")
    assert_refused_unchanged(committee, bad, "damaged")


def test_a_newer_format_is_refused(world, extras, tmp_path):
    committee = copy_dir(world.imported, tmp_path / "committee")
    bad = craft.rebagged(extras.cb01_second, tmp_path / "bad.zip",
                         *craft.cell_key(world.cells["CB01"]), format_version=2)
    assert_refused_unchanged(committee, bad, "newer version")


def test_an_older_bundle_is_refused(world, extras, tmp_path):
    committee = copy_dir(world.imported, tmp_path / "committee")
    ok(cli(committee, "bundle", "import", str(extras.cb01_second)))
    assert_refused_unchanged(committee, world.bundles["CB01"][0], "older", "1", "2")


def test_a_first_bundle_without_the_current_enrolment_secret_is_refused(world, tmp_path):
    committee = copy_dir(world.committee, tmp_path / "committee")
    ok(cli(committee, "enroll", "--name", "Chi bộ thôn Hồng Phong", "--code", "CB03",
           "-o", str(tmp_path / "again.json")))           # a new secret replaces the old
    assert_refused_unchanged(committee, world.bundles["CB03"][0], "enrolment secret")


def test_a_first_payload_resigned_by_another_key_is_not_trusted(world, tmp_path):
    committee = copy_dir(world.committee, tmp_path / "committee")
    bad = craft.rebagged(world.bundles["CB03"][0], tmp_path / "bad.zip",
                         *craft.stranger_key())
    assert_refused_unchanged(committee, bad, "damaged")


def test_the_enrolment_secret_pins_only_the_first_key(world, extras, tmp_path):
    committee = copy_dir(world.committee, tmp_path / "committee")
    confirmed_import(committee, world.bundles["CB01"][0], world.cells["CB01"])
    assert_refused_unchanged(committee, extras.impostor, "not signed by the key")


def test_enrolling_a_pinned_cell_again_is_refused(world, tmp_path):
    committee = copy_dir(world.imported, tmp_path / "committee")
    before = dump(committee)
    refused(cli(committee, "enroll", "--name", "X", "--code", "CB01", "-o",
                str(tmp_path / "x.json"), lang=EN), "CB01", "already enrolled")
    assert dump(committee) == before and not (tmp_path / "x.json").exists()


def test_a_damaged_enrolment_file_sets_nothing_up(world, tmp_path):
    text = (world.stick / "CB02.enrolment.json").read_text(encoding="utf-8")
    bad = tmp_path / "bad.json"
    bad.write_text(text.replace("CB02", "CB07"), encoding="utf-8")
    refused(cli(tmp_path / "cell", "init", "--enrollment", str(bad), lang=EN), "enrolment")
    assert not (tmp_path / "cell").exists()
