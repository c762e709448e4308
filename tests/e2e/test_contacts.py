"""Import by drag and drop, read the report, browse and filter contacts, review duplicates."""

from __future__ import annotations

from pathlib import Path

from playwright.sync_api import Page, expect

from rapport.formats import plan_toml
from rapport.plan.services import save_plan

FILES = Path(__file__).resolve().parents[1] / "data" / "import"


def a_plan() -> None:
    from rapport.accounts.owner import local_owner

    save_plan(local_owner(), plan_toml.loads((FILES / "plan.toml").read_text()))


def upload(page: Page, name: str) -> None:
    page.goto("/import/")
    page.get_by_label("Drop a file here, or choose one").set_input_files(str(FILES / name))
    expect(page.get_by_text(f"Ready: {name}")).to_be_visible()
    page.get_by_role("button", name="Import").click()


def test_a_user_imports_linkedin_and_reads_the_report(page: Page) -> None:
    a_plan()
    upload(page, "network_v1.csv")
    expect(page.get_by_role("heading", name="Imported network_v1.csv")).to_be_visible()
    report = page.get_by_role("status")
    expect(report).to_contain_text("7")
    expect(page.get_by_role("cell", name="row 9")).to_be_visible()
    page.get_by_role("link", name="See your contacts").click()
    expect(page.get_by_role("link", name="Kevin Lobo")).to_be_visible()


def test_the_filters_narrow_the_list_as_you_choose(page: Page) -> None:
    a_plan()
    upload(page, "network_v1.csv")
    page.goto("/contacts/")
    page.get_by_label("Can hire").select_option("yes")
    expect(page.get_by_text("1 contact", exact=True)).to_be_visible()
    expect(page.get_by_role("link", name="Kevin Lobo")).to_be_visible()
    expect(page.get_by_role("link", name="Priya Raman")).to_have_count(0)
    page.get_by_label("Can hire").select_option("")
    page.get_by_label("Search").fill("robert")
    expect(page.get_by_role("link", name="Sam Lee")).to_be_visible()
    expect(page.get_by_role("link", name="Kevin Lobo")).to_have_count(0)


def test_a_contact_page_explains_and_accepts_an_override(page: Page) -> None:
    a_plan()
    upload(page, "network_v1.csv")
    page.goto("/contacts/")
    page.get_by_role("link", name="Kevin Lobo").click()
    expect(page.get_by_text("one of your target companies").first).to_be_visible()
    page.get_by_text("Override a judgment").click()
    page.get_by_label("Connector").select_option("yes")
    page.get_by_role("button", name="Save my judgments").click()
    expect(page.get_by_text("imports will not change them")).to_be_visible()
    expect(page.get_by_text("your choice")).to_be_visible()


def test_a_possible_duplicate_is_reviewed_and_merged(page: Page) -> None:
    a_plan()
    upload(page, "network_v1.csv")
    upload(page, "phone.vcf")
    page.get_by_role("link", name="Review possible duplicates").click()
    expect(page.get_by_text("Same name at a different company")).to_be_visible()
    page.get_by_role("button", name="Merge").click()
    expect(page.get_by_text("Merged into Sam Lee")).to_be_visible()
    expect(page.get_by_text("Nothing to review")).to_be_visible()


def test_an_unreadable_file_is_explained_and_nothing_is_imported(
    page: Page, tmp_path: Path
) -> None:
    bad = tmp_path / "notes.txt"
    bad.write_text("Dear diary, today I met nobody.\n")
    page.goto("/import/")
    page.get_by_label("Drop a file here, or choose one").set_input_files(str(bad))
    page.get_by_role("button", name="Import").click()
    expect(page.get_by_role("alert")).to_contain_text("notes.txt")
    expect(page.get_by_role("alert")).to_contain_text("Nothing was imported")


def test_undo_shows_what_it_will_remove_and_asks_before_removing(page: Page) -> None:
    a_plan()
    upload(page, "network_v1.csv")
    expect(page.get_by_role("status")).to_contain_text("Rows read")
    page.get_by_role("link", name="Undo this import…").click()
    expect(page.get_by_role("heading", name="Undo the import of network_v1.csv?")).to_be_visible()
    expect(page.get_by_text("Removes 7 contacts")).to_be_visible()
    page.get_by_role("link", name="Keep it").click()
    page.goto("/contacts/")
    expect(page.get_by_role("link", name="Kevin Lobo")).to_be_visible()
    page.go_back()
    page.get_by_role("link", name="Undo this import…").click()
    page.get_by_role("button", name="Undo the import").click()
    expect(page.get_by_text("Import of network_v1.csv undone: 7 removed")).to_be_visible()
    page.goto("/contacts/")
    expect(page.get_by_role("link", name="Kevin Lobo")).to_have_count(0)
