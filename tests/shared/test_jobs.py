"""One background-job abstraction: the worker's own connection, one progress type, one
cancellation."""

from __future__ import annotations

import threading

import pytest

from partydesk.services.shared.jobs import Cancellation, Cancelled, Job
from tests.helpers import open_register


def test_a_cancelled_step_raises_but_the_last_step_never_does():
    cancellation = Cancellation()
    step = cancellation.watch()
    step(1, 4)
    cancellation.cancel()
    with pytest.raises(Cancelled):
        step(2, 4)
    step(4, 4)          # reported after the work is committed: too late to cancel


def test_work_of_unknown_size_can_be_cancelled_too():
    cancellation = Cancellation()
    seen = []
    step = cancellation.watch(lambda done, total: seen.append((done, total)))
    step(100, 0)
    cancellation.cancel()
    with pytest.raises(Cancelled):
        step(200, 0)
    assert seen == [(100, 0), (200, 0)]       # the report still reaches the progress bar


def test_a_job_runs_on_a_connection_of_its_own_in_another_thread(tmp_path):
    db = open_register(tmp_path / "register.db")
    try:
        job = Job.on_register(db, lambda own, progress: (own is not db, own.execute(
            "SELECT count(*) FROM members").fetchone()[0]))
        results: list = []
        worker = threading.Thread(target=lambda: results.append(job.run()))
        worker.start()
        worker.join(10)
        assert results == [(True, 0)]
        assert not job.runs_on_caller_thread
    finally:
        db.close()


def test_a_job_on_an_in_memory_register_uses_that_one_connection(memory_db):
    job = Job.on_register(memory_db, lambda own, progress: own)
    assert job.runs_on_caller_thread and job.run() is memory_db


def test_cancelling_stops_the_job_at_its_next_report(tmp_path):
    cancellation = Cancellation()
    reached = []

    def work(_progress_db, progress):
        progress(1, 3)
        cancellation.cancel()
        progress(2, 3)
        reached.append("after")

    db = open_register(tmp_path / "register.db")
    try:
        with pytest.raises(Cancelled):
            Job.on_register(db, work).run(cancellation=cancellation)
    finally:
        db.close()
    assert reached == []


def test_a_job_without_register_gets_progress_only():
    reports = []
    job = Job.without_register(lambda progress: progress(1, 1) or "done")
    assert job.run(lambda d, t: reports.append((d, t))) == "done" and reports == [(1, 1)]
