"""The import page runs every import as a job: its progress, its failure and a retry."""

from __future__ import annotations

from datetime import timedelta
from pathlib import Path
from typing import Any

import pytest
from django.contrib.auth.models import User
from django.core.files.uploadedfile import SimpleUploadedFile
from django.test import Client
from django.utils import timezone

from rapport.contacts.models import Contact
from rapport.import_page import jobs, services
from rapport.imports.models import ImportJob, ImportRun

CONNECTIONS = "contacts/linkedin_current.csv"


def upload(client: Client, data_dir: Path, name: str = CONNECTIONS) -> Any:
    path = data_dir / name
    return client.post(
        "/import/", {"file": SimpleUploadedFile(path.name, path.read_bytes()), "format": ""}
    )


def test_it_imports_at_once_on_a_laptop_and_forgets_the_file(
    alice: User, alice_client: Client, data_dir: Path
) -> None:
    response = upload(alice_client, data_dir)
    run = ImportRun.objects.get(owner=alice)
    assert response.status_code == 302
    assert response["Location"] == f"/import/{run.pk}/"
    job = ImportJob.objects.get(owner=alice)
    assert (job.status, job.run_id, job.attempts) == (ImportJob.DONE, run.pk, 1)
    assert job.payload is None  # the file's bytes are not kept once imported
    assert Contact.objects.filter(owner=alice).count() == run.counts["new"]


def test_a_wrong_file_is_refused_where_it_was_chosen_and_leaves_no_job(
    alice: User, alice_client: Client, data_dir: Path
) -> None:
    response = upload(alice_client, data_dir, "contacts/not_contacts.txt")
    assert response.status_code == 400
    assert "Nothing was imported" in response.content.decode()
    assert not ImportJob.objects.filter(owner=alice).exists()


def test_a_job_that_fails_says_so_and_imports_when_tried_again(
    alice: User, alice_client: Client, data_dir: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    real = services.import_bytes
    calls = []

    def breaks_once(*args: Any, **kwargs: Any) -> ImportRun:
        calls.append(1)
        if len(calls) == 1:
            raise RuntimeError("the disk hiccuped")
        return real(*args, **kwargs)

    monkeypatch.setattr(services, "import_bytes", breaks_once)
    response = upload(alice_client, data_dir)
    job = ImportJob.objects.get(owner=alice)
    assert response["Location"] == f"/import/jobs/{job.pk}/"
    page = alice_client.get(response["Location"]).content.decode()
    assert "could not finish this import" in page
    assert "Try again" in page
    assert not Contact.objects.filter(owner=alice).exists()

    retried = alice_client.post(f"/import/jobs/{job.pk}/retry/")
    run = ImportRun.objects.get(owner=alice)
    assert retried["Location"] == f"/import/{run.pk}/"
    job.refresh_from_db()
    assert (job.status, job.attempts, job.error) == (ImportJob.DONE, 2, "")
    assert Contact.objects.filter(owner=alice).count() == run.counts["new"] > 0


def test_a_job_whose_worker_stopped_is_shown_as_stopped_and_can_be_tried_again(
    alice: User, alice_client: Client, data_dir: Path
) -> None:
    path = data_dir / CONNECTIONS
    long_ago = timezone.now() - timedelta(minutes=30)
    job = ImportJob.objects.create(
        owner=alice,
        file_name=path.name,
        payload=path.read_bytes(),
        status=ImportJob.RUNNING,
        started_at=long_ago,
        heartbeat_at=long_ago,
        attempts=1,
    )
    page = alice_client.get(f"/import/jobs/{job.pk}/").content.decode()
    assert "The import stopped before it finished" in page
    assert "hx-trigger" not in page  # the page stops asking about a job nobody runs
    # Looking at it changed nothing; trying again does.
    assert ImportJob.objects.get(pk=job.pk).status == ImportJob.RUNNING
    alice_client.post(f"/import/jobs/{job.pk}/retry/")
    job.refresh_from_db()
    assert job.status == ImportJob.DONE
    assert job.attempts == 2


def test_a_running_job_shows_how_far_it_has_got(alice: User, alice_client: Client) -> None:
    job = ImportJob.objects.create(
        owner=alice,
        file_name="Connections.csv",
        payload=b"x",
        status=ImportJob.RUNNING,
        heartbeat_at=timezone.now(),
        done=12_500,
        total=30_000,
    )
    page = alice_client.get(f"/import/jobs/{job.pk}/").content.decode()
    assert "Read 12,500 of 30,000 records (41%)" in page
    assert 'hx-trigger="every 1s"' in page
    fragment = alice_client.get(f"/import/jobs/{job.pk}/", headers={"HX-Request": "true"})
    assert fragment.content.decode().lstrip().startswith('<div id="job-status"')
    assert "<html" not in fragment.content.decode()
    # The upload page lists it as unfinished.
    assert "being imported" in alice_client.get("/import/").content.decode()


def test_a_finished_job_sends_the_polling_page_to_its_report(
    alice: User, alice_client: Client, data_dir: Path
) -> None:
    upload(alice_client, data_dir)
    job = ImportJob.objects.get(owner=alice)
    response = alice_client.get(f"/import/jobs/{job.pk}/", headers={"HX-Request": "true"})
    assert response["HX-Redirect"] == f"/import/{job.run_id}/"


def test_a_failed_file_can_be_forgotten(alice: User, alice_client: Client) -> None:
    job = ImportJob.objects.create(
        owner=alice, file_name="Connections.csv", payload=b"x", status=ImportJob.FAILED
    )
    alice_client.post(f"/import/jobs/{job.pk}/discard/")
    assert not ImportJob.objects.filter(pk=job.pk).exists()


def test_bob_cannot_see_retry_or_forget_alices_job(alice: User, bob_client: Client) -> None:
    job = ImportJob.objects.create(
        owner=alice, file_name="Connections.csv", payload=b"x", status=ImportJob.FAILED
    )
    assert bob_client.get(f"/import/jobs/{job.pk}/").status_code == 404
    assert bob_client.post(f"/import/jobs/{job.pk}/retry/").status_code == 404
    assert bob_client.post(f"/import/jobs/{job.pk}/discard/").status_code == 404
    assert ImportJob.objects.get(pk=job.pk).status == ImportJob.FAILED


def test_the_worker_marks_stopped_jobs_failed_and_closes_their_queue_rows(alice: User) -> None:
    long_ago = timezone.now() - timedelta(hours=1)
    stale = ImportJob.objects.create(
        owner=alice,
        file_name="a.csv",
        payload=b"x",
        status=ImportJob.RUNNING,
        heartbeat_at=long_ago,
    )
    alive = ImportJob.objects.create(
        owner=alice, file_name="b.csv", status=ImportJob.RUNNING, heartbeat_at=timezone.now()
    )
    # A file past the limit was read from the upload's temporary file, gone with its request.
    from_disk = ImportJob.objects.create(
        owner=alice, file_name="t.zip", status=ImportJob.RUNNING, heartbeat_at=long_ago
    )
    assert jobs.give_up_on_stopped() == 2
    stale.refresh_from_db()
    alive.refresh_from_db()
    from_disk.refresh_from_db()
    assert (stale.status, stale.retryable) == (ImportJob.FAILED, True)
    assert (from_disk.status, from_disk.retryable) == (ImportJob.FAILED, False)
    assert alive.status == ImportJob.RUNNING
