"""The stamp that tells whether another program changed a plan file since the planner read or wrote it."""

from __future__ import annotations

import os

from aksarc_gui.domain.file_stamp import changed_on_disk, read_stamp
from aksarc_gui.domain.io import dump_plan_text, read_plan_file, save_plan


def test_a_file_as_read_is_unchanged_until_another_program_writes_it(tmp_path, jane):
    path = tmp_path / "plan.aksplan"
    path.write_text(dump_plan_text(jane), encoding="utf-8")
    plan, stamp = read_plan_file(path)
    assert plan == jane and stamp is not None
    assert not changed_on_disk(path, stamp)
    path.write_text(dump_plan_text(jane).replace("Jane", "Joan"), encoding="utf-8")  # same size, new content
    assert changed_on_disk(path, stamp)


def test_a_touch_or_a_rewrite_of_the_same_content_is_no_change(tmp_path, jane):
    path = tmp_path / "plan.aksplan"
    stamp = save_plan(jane, path)
    os.utime(path, ns=(1, 1))
    assert not changed_on_disk(path, stamp)  # the content decides when only the time moved
    path.write_bytes(path.read_bytes())
    assert not changed_on_disk(path, stamp)


def test_a_longer_file_is_a_change_and_a_deleted_one_is_not(tmp_path, jane):
    path = tmp_path / "plan.aksplan"
    stamp = save_plan(jane, path)
    with open(path, "a", encoding="utf-8") as fh:
        fh.write("\n")
    assert changed_on_disk(path, stamp)
    path.unlink()
    assert not changed_on_disk(path, stamp)  # saving makes it again: nothing is lost


def test_saving_stamps_what_it_wrote_even_through_a_symlink(tmp_path, jane):
    real = tmp_path / "real.aksplan"
    link = tmp_path / "link.aksplan"
    real.write_text("{}", encoding="utf-8")
    link.symlink_to(real)
    stamp = save_plan(jane, link)
    assert stamp == read_stamp(link) == read_stamp(real)
    assert not changed_on_disk(link, stamp)


def test_no_stamp_for_standard_output_or_a_missing_file(tmp_path, jane, capsysbinary):
    assert save_plan(jane, "-") is None
    assert read_stamp(tmp_path / "missing.aksplan") is None
    assert not changed_on_disk(tmp_path / "missing.aksplan", None)
