"""A missing page and a failure both answer inside the layout, with a way back home."""

from __future__ import annotations

from django.test import Client, RequestFactory
from django.views.defaults import server_error


def test_a_missing_page_answers_inside_the_layout_with_a_way_home(alice_client: Client) -> None:
    response = alice_client.get("/contacts/999999/")
    text = response.content.decode()
    assert response.status_code == 404
    assert "This page is not here" in text
    assert 'href="/"' in text and "Back to the home page" in text
    assert 'aria-label="Main"' in text  # the navigation, for a signed-in user


def test_a_failure_answers_inside_the_layout_with_a_way_home(db: None) -> None:
    response = server_error(RequestFactory().get("/contacts/"))
    text = response.content.decode()
    assert response.status_code == 500
    assert "Something went wrong on our side" in text
    assert "Back to the home page" in text
    assert "Traceback" not in text
