"""The review tool in a real headless Chromium (Debian's, driven by Playwright): log in, the list,
filters, search, a call with its recording (play, seek, the playing utterance highlighted),
reviewing findings. Screenshots of each page go to $MOT_SCREENSHOT_DIR when set
(`MOT_SCREENSHOT_DIR=docs/screenshots python -m pytest tests/test_review_browser.py` refreshes
the README's), else to a temporary folder."""

from __future__ import annotations

import json
import re
from collections.abc import Iterator
from pathlib import Path

import pytest
from browser import (
    ADMIN,
    REVIEWER,
    RunningApp,
    chromium_path,
    fill_store,
    screenshot_dir,
    serve_review,
)
from playwright.sync_api import Browser, Page, expect, sync_playwright

from mot_detect.review.app import ReviewSettings

pytestmark = pytest.mark.slow


@pytest.fixture(scope="module")
def app(tmp_path_factory: pytest.TempPathFactory) -> Iterator[RunningApp]:
    folder = tmp_path_factory.mktemp("review")
    store = fill_store(folder)
    settings = ReviewSettings(recordings=folder / "rec", secure_cookies=False)
    with serve_review(store, settings) as url:
        yield RunningApp(url, store, folder)
    store.close()


@pytest.fixture(scope="module")
def browser() -> Iterator[Browser]:
    with sync_playwright() as playwright:
        launched = playwright.chromium.launch(
            executable_path=chromium_path(),
            args=["--no-sandbox", "--autoplay-policy=no-user-gesture-required"],
        )
        yield launched
        launched.close()


@pytest.fixture(scope="module")
def shots(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return screenshot_dir() or tmp_path_factory.mktemp("screenshots")


@pytest.fixture()
def page(browser: Browser) -> Iterator[Page]:
    context = browser.new_context(viewport={"width": 1360, "height": 900})
    opened = context.new_page()
    errors: list[str] = []
    opened.on("pageerror", lambda exc: errors.append(str(exc)))
    opened.on("console", lambda msg: errors.append(msg.text) if msg.type == "error" else None)
    yield opened
    context.close()
    # A blocked inline script or style (CSP), a broken script or a missing file shows up here;
    # a refused login (401) or a reviewer sent away from the admin page (403) are expected.
    errors = [e for e in errors if not re.search(r"status of 40[13]", e)]
    assert not errors, errors


def log_in(page: Page, base: str, who: tuple[str, str] = REVIEWER) -> None:
    page.goto(base + "/")
    expect(page).to_have_url(re.compile(r"/login\?next="))
    page.fill("input[name=username]", who[0])
    page.fill("input[name=password]", who[1])
    page.click("button[type=submit]")
    expect(page.locator("#call-list")).to_be_visible()


def test_login_refuses_a_wrong_password_then_lets_the_reviewer_in(
    app: RunningApp, page: Page, shots: Path
) -> None:
    page.goto(app.url + "/calls/ex-airline-01")
    expect(page).to_have_url(re.compile(r"/login\?next=%2Fcalls%2Fex-airline-01"))
    page.fill("input[name=username]", REVIEWER[0])
    page.fill("input[name=password]", "not the password")
    page.screenshot(path=str(shots / "login.png"))
    page.click("button[type=submit]")
    expect(page.locator(".flash")).to_contain_text("Wrong username or password")
    page.fill("input[name=username]", REVIEWER[0])
    page.fill("input[name=password]", REVIEWER[1])
    page.click("button[type=submit]")
    # Back where the reviewer was going.
    expect(page).to_have_url(app.url + "/calls/ex-airline-01")
    expect(page.locator("h1")).to_have_text("ex-airline-01")


def priorities(page: Page) -> list[int]:
    return [int(t) for t in page.locator("#call-list .prio b").all_inner_texts()]


def test_the_list_is_riskiest_first_and_filters_and_search_narrow_it(
    app: RunningApp, page: Page, shots: Path
) -> None:
    log_in(page, app.url)
    rows = page.locator("#call-list tbody tr")
    expect(rows).to_have_count(8)
    assert priorities(page) == sorted(priorities(page), reverse=True)
    page.screenshot(path=str(shots / "call-list.png"), full_page=True)

    page.select_option("select[name=label]", "deadline")
    page.check("input[name=missed]")
    page.click(".filters button[type=submit]")
    expect(page).to_have_url(re.compile(r"label=deadline"))
    count = rows.count()
    assert 0 < count < 8
    for row in range(count):
        expect(rows.nth(row).locator(".chip.lb-deadline")).to_have_count(1)
        assert int(rows.nth(row).locator(".missed-count").inner_text()) > 0
    page.screenshot(path=str(shots / "call-list-filtered.png"), full_page=True)

    page.goto(app.url + "/")
    page.fill("input[name=q]", "flights")  # stemmed: the transcript says "flight"
    page.press("input[name=q]", "Enter")
    expect(rows).to_have_count(1)
    expect(rows.first.locator(".call-link")).to_have_text("ex-airline-01")
    page.screenshot(path=str(shots / "search.png"), full_page=True)

    page.fill("input[name=q]", "zebra crossing unicorn")
    page.press("input[name=q]", "Enter")
    expect(page.locator(".empty")).to_contain_text("No calls match")


def test_a_call_plays_its_recording_in_sync_with_the_transcript(
    app: RunningApp, page: Page, shots: Path
) -> None:
    log_in(page, app.url)
    page.click("a.call-link:text('ex-carclaim-01')")
    expect(page.locator("h1")).to_have_text("ex-carclaim-01")
    expect(page.locator("#missed-moments")).to_be_visible()
    player = page.locator("#player")
    expect(player).to_be_visible()
    # The recording loads (the browser reads it by byte ranges) and has the call's length.
    page.wait_for_function("document.getElementById('player').readyState >= 1", timeout=15000)
    duration = page.evaluate("document.getElementById('player').duration")
    assert 190 < duration < 205
    page.screenshot(path=str(shots / "call-page.png"), full_page=True)

    # Click an utterance: the player seeks to its start, plays, and highlights it.
    target = page.locator("#timeline li[data-start]").nth(6)
    start = float(target.get_attribute("data-start") or 0)
    target.locator("p.text").click()
    page.wait_for_function(
        f"document.getElementById('player').currentTime >= {start}", timeout=15000
    )
    expect(target).to_have_class(re.compile(r"\bplaying\b"))
    assert page.evaluate("!document.getElementById('player').paused")
    page.screenshot(path=str(shots / "call-playing.png"))

    # Seek with the player itself: the highlight follows.
    later = page.locator("#timeline li[data-start]").nth(14)
    later_start = float(later.get_attribute("data-start") or 0)
    page.evaluate(f"document.getElementById('player').currentTime = {later_start + 0.05}")
    expect(later).to_have_class(re.compile(r"\bplaying\b"))
    expect(target).not_to_have_class(re.compile(r"\bplaying\b"))
    assert page.locator("#timeline li.playing").count() == 1


def test_a_reviewer_confirms_rejects_relabels_and_marks_what_was_missed(
    app: RunningApp, page: Page, shots: Path
) -> None:
    log_in(page, app.url)
    page.goto(app.url + "/calls/ex-airline-01")
    first = page.locator("details.review").first
    key = first.get_attribute("data-finding")
    first.locator("summary").click()
    first.locator("input[value=reject]").check()
    first.locator("input[name=note]").fill("the agent did offer the earlier flight")
    first.locator("button[type=submit]").click()
    again = page.locator(f"details.review[data-finding='{key}']")
    expect(again.locator(".verdict")).to_contain_text(f"reject by {REVIEWER[0]}")

    missed_cue = page.locator("details.review[data-finding^='missed_cue@']").first
    missed_key = missed_cue.get_attribute("data-finding")
    missed_cue.locator("summary").click()
    missed_cue.locator("input[value=relabel]").check()
    missed_cue.locator("select[name=label]").select_option("acknowledged_cue")
    missed_cue.locator("button[type=submit]").click()
    expect(page.locator(f"details.review[data-finding='{missed_key}'] .verdict")).to_contain_text(
        "relabel → acknowledged_cue"
    )

    page.select_option("#missed-form select[name=utterance]", "3")
    page.select_option("#missed-form select[name=label]", "distress")
    page.click("#missed-form button[type=submit]")
    expect(page.locator("#missed-marks")).to_contain_text("distress")

    page.check("#call-review-form input[value=no]")
    page.fill(
        "#call-review-form textarea[name=should_have]",
        "Rebook onto the 6 am flight before the funeral instead of reading the policy.",
    )
    page.click("#call-review-form button[type=submit]")
    expect(page.locator("#call-reviews")).to_contain_text(f"no by {REVIEWER[0]}")
    expect(page.locator("#history tbody tr")).to_have_count(3)
    page.screenshot(path=str(shots / "call-reviewed.png"), full_page=True)

    page.goto(app.url + "/?reviewed=yes")
    expect(page.locator("a.call-link:text('ex-airline-01')")).to_be_visible()


def test_the_admin_page_is_for_admins_only(app: RunningApp, page: Page, shots: Path) -> None:
    log_in(page, app.url, ADMIN)
    page.click("nav a:text('Admin')")
    expect(page.locator("h2").first).to_have_text("Accounts")
    expect(page.locator("table.history").first).to_contain_text(REVIEWER[0])
    page.screenshot(path=str(shots / "admin.png"), full_page=True)
    page.click("button:text('Log out')")
    expect(page).to_have_url(re.compile(r"/login"))
    log_in(page, app.url, REVIEWER)
    expect(page.locator("nav a:text('Admin')")).to_have_count(0)
    page.goto(app.url + "/admin")
    expect(page.locator("#error-message")).to_contain_text("admin")


def test_the_dashboard_draws_its_charts(app: RunningApp, page: Page, shots: Path) -> None:
    log_in(page, app.url)
    page.click("nav a:text('Dashboard')")
    expect(page.locator("#total-calls")).to_have_text("8")
    for chart in ("#chart-time", "#chart-agents", "#chart-queues"):
        expect(page.locator(f"{chart} svg")).to_be_visible()
    assert int(page.locator("#total-missed").inner_text()) > 0
    expect(page.locator("#replies")).to_contain_text("canned_empathy")
    page.screenshot(path=str(shots / "dashboard.png"), full_page=True)
    # A bar opens that queue's calls with missed cues.
    page.locator("#chart-queues a").first.click()
    expect(page).to_have_url(re.compile(r"queue=.*missed=1|missed=1.*queue="))
    expect(page.locator("#call-list tbody tr").first.locator(".missed-count")).to_be_visible()


def test_reviews_export_as_training_rows_and_a_report(
    app: RunningApp, page: Page, shots: Path
) -> None:
    log_in(page, app.url)
    page.goto(app.url + "/calls/ex-broadband-01")
    finding = page.locator("details.review[data-finding^='canned_empathy@']").first
    index = (finding.get_attribute("data-finding") or "").split("@")[1]
    finding.locator("summary").click()
    finding.locator("input[value=reject]").check()
    finding.locator("button[type=submit]").click()
    page.check("#call-review-form input[value=partly]")
    page.click("#call-review-form button[type=submit]")
    expect(page.locator("#call-reviews")).to_contain_text("partly")

    page.click("nav a:text('Exports')")
    page.screenshot(path=str(shots / "exports.png"), full_page=True)
    with page.expect_download() as jsonl:
        page.click("#export-jsonl")
    rows = [json.loads(line) for line in Path(jsonl.value.path()).read_text().splitlines()]
    broadband = [r for r in rows if r["source"] == "review:ex-broadband-01"]
    assert broadband, "the reviewed call's utterances are exported"
    texts = {r["text"]: r for r in broadband}
    rejected = page.evaluate(
        "async (i) => (await (await fetch('/api/calls/ex-broadband-01')).json()).utterances[i].text",
        int(index),
    )
    assert "canned_empathy" not in texts[rejected]["labels"]
    with page.expect_download() as csv_file:
        page.click("#export-csv")
    report = Path(csv_file.value.path()).read_text()
    assert report.startswith("kind,") and "ex-broadband-01" in report and "reject" in report
