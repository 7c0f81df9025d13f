"""A story's way from a visitor's phone to its decade page, in the browser.

A visitor with no account fills the "share your story" form with the keyboard alone, sends it with
a mistake, follows the error summary back to the field, corrects it and sends it with two photos;
the status page and the acknowledgement e-mail say the story is received. A moderator approves it
in the Wagtail admin, the contributor signs the edited version off from the link of the second
e-mail, and the story is published. axe-core audits the form and the status page in each state.
"""

import re
import time
from pathlib import Path

import pytest
from axe_playwright_python.sync_playwright import Axe
from django.contrib.auth import get_user_model
from django.core import mail
from django.utils import translation
from PIL import Image, ImageDraw
from playwright.sync_api import Browser, Page, expect

from stories.site_tree import ensure_site_tree
from submissions.forms import MIN_SECONDS_TO_FILL
from submissions.models import REQUIRED_CONSENTS, Guidelines, Submission
from submissions.status import Stage
from tests.e2e.browsing import (
    active_element,
    assert_focus_visible,
    assert_no_horizontal_scroll,
    save_screenshot,
    tab_to,
)
from tests.e2e.test_accessibility import AXE_OPTIONS, describe
from tests.factories import ThemeFactory
from tests.submissions.media import use_temporary_media

SHARE_URL = "/fr/share-your-story/"
DECADE_URL = "/fr/stories/decade/1960s/"
EMAIL = "odile.martin@example.org"
TITLE = "Trois semaines de mai"
STORY = (
    "En mai 1968, l'atelier de reliure s'est arrêté trois semaines. Nous avons tenu la porte, "
    "fait la cuisine ensemble et rangé chaque outil avant de reprendre.\n\n"
    "Le premier matin de la reprise, le contremaître a apporté des croissants pour tout le monde."
)
EDITED_TEASER = "Trois semaines d'arrêt à l'atelier de reliure, et des croissants pour la reprise."
MODERATOR, MODERATOR_PASSWORD = "moderatrice", "une-phrase-de-passe-assez-longue"
DESKTOP = {"width": 1366, "height": 900}


def in_french(message) -> str:
    """What the site shows in French for an English message, or a lazy one from the code: the
    translation, or the English itself while the message is not translated."""
    with translation.override("fr"):
        return str(translation.gettext(message) if isinstance(message, str) else message)


@pytest.fixture
def open_call(served_site, settings, monkeypatch, tmp_path) -> None:
    """The site takes stories: its pages, two themes and contribution guidelines in French. The
    e-mailed links lead to the live server; the photos as sent go to a temporary folder."""
    served_media = settings.MEDIA_ROOT
    use_temporary_media(settings, monkeypatch, tmp_path)
    settings.MEDIA_ROOT = served_media  # Wagtail's images stay where the live server serves them
    settings.WAGTAILADMIN_BASE_URL = served_site
    settings.WAGTAIL_GRAVATAR_PROVIDER_URL = None  # the admin's avatars: no call to the Internet
    home, _stories, _contributors = ensure_site_tree()
    ThemeFactory(name="Luttes sociales", slug="luttes-sociales")
    ThemeFactory(name="Vie à l’usine", slug="vie-a-l-usine")
    Guidelines.objects.create(
        locale=home.locale,
        title="Charte de contribution",
        body="<p>Parlez en votre nom. Ne citez aucun client sans son accord.</p>",
    )


@pytest.fixture
def photos(tmp_path) -> list[Path]:
    """Two JPEG photos, as a phone's gallery would hold them."""
    paths = []
    for number, colour in enumerate([(150, 110, 70), (70, 100, 140)], 1):
        image = Image.new("RGB", (1200, 900), colour)
        ImageDraw.Draw(image).rectangle((300, 200, 900, 700), fill=(230, 220, 200))
        path = tmp_path / f"IMG_000{number}.jpg"
        image.save(path, "JPEG", quality=85)
        paths.append(path)
    return paths


@pytest.fixture
def moderator(open_call):
    return get_user_model().objects.create_superuser(
        MODERATOR, "moderatrice@example.org", MODERATOR_PASSWORD
    )


@pytest.fixture(scope="module")
def axe() -> Axe:
    return Axe()


# The visitor's keyboard --------------------------------------------------------------------------


def type_into(page: Page, selector: str, text: str) -> None:
    tab_to(page, selector=selector)
    page.keyboard.type(text)


def press_space_on(page: Page, selector: str) -> None:
    tab_to(page, selector=selector)
    page.keyboard.press("Space")


def send_with_enter(page: Page) -> None:
    """Presses Enter on the focused submit button and waits for the answer to load."""
    with page.expect_navigation():
        page.keyboard.press("Enter")


def fill_the_form_but_the_consents(page: Page, year: str) -> None:
    """Tabs from the top of the page through the form, typing and ticking as a person would."""
    type_into(page, "#id_public_name", "Odile Martin")
    type_into(page, "#id_email", EMAIL)
    # No radio is chosen yet: Tab stops on the first one, Space picks it, an arrow moves on.
    press_space_on(page, "#id_relation_0")
    page.keyboard.press("ArrowDown")
    expect(page.locator("#id_relation_1")).to_be_checked()
    type_into(page, "#id_role", "Relieuse")
    type_into(page, "#id_years_start", "1961")
    type_into(page, "#id_title", TITLE)
    type_into(page, "#id_story", STORY)
    type_into(page, "#id_year", year)
    press_space_on(page, "#id_themes_0")
    type_into(page, "#id_pull_quote", "Nous avons rangé chaque outil avant de reprendre.")
    expect(page.locator("#id_language_0")).to_be_checked()


def attach_photos(page: Page, photos: list[Path]) -> None:
    # A file input opens the system's file dialog, which no page script (nor Playwright) can drive
    # with keys: the visitor tabs to the input, and Playwright hands it the file they would pick.
    for position, path in enumerate(photos):
        tab_to(page, selector=f"#id_photos-{position}-file")
        page.locator(f"#id_photos-{position}-file").set_input_files(path)
        type_into(
            page, f"#id_photos-{position}-caption", f"L'atelier de reliure, photo {position + 1}"
        )


def to_the_contributor() -> list:
    """The e-mails sent to the contributor (Wagtail writes to moderators too)."""
    return [message for message in mail.outbox if message.to == [EMAIL]]


def wait_out_the_minimum_fill_time(page: Page, shown: float) -> None:
    """The server refuses a form sent sooner after it was shown than anyone could write one."""
    page.wait_for_timeout(max(0, MIN_SECONDS_TO_FILL + 0.5 - (time.monotonic() - shown)) * 1000)


def assert_sent(page: Page) -> None:
    """The form was accepted: the browser is on the story's status page, not back on the form."""
    if "/my-story/" not in page.url:
        summary = page.locator("#error-summary, .field__error").all_inner_texts()
        raise AssertionError(f"the form was refused at {page.url}: {summary}")


def link_in(message, served_site: str) -> str:
    links = re.findall(r"https?://\S+", message.body)
    assert len(links) == 1 and links[0].startswith(served_site), message.body
    return links[0]


# The journey -------------------------------------------------------------------------------------


@pytest.mark.e2e
@pytest.mark.parametrize("viewport", ["phone"])
def test_a_story_shared_with_the_keyboard_is_moderated_signed_off_and_published(
    page: Page, browser: Browser, served_site: str, open_call, moderator, photos: list[Path]
):
    page.goto(SHARE_URL)
    shown = time.monotonic()
    expect(page.get_by_role("heading", level=1)).to_have_text(in_french("Share your story"))
    fill_the_form_but_the_consents(page, year="1850")
    tab_to(page, selector="#share-form button[type=submit]")
    wait_out_the_minimum_fill_time(page, shown)  # the mistakes, not the speed, are refused
    send_with_enter(page)
    follow_the_error_summary_to_the_year(page)
    correct_and_send(page, photos)

    assert_sent(page)
    submission = Submission.objects.get()
    assert page.url == f"{served_site}/fr/my-story/{submission.token}/"
    expect(page.get_by_role("status")).to_have_text(
        in_french("Thank you! Your story has been sent.")
    )
    assert_stage(page, Stage.RECEIVED, current_step="Received")
    assert submission.photos.count() == 2
    (acknowledgement,) = to_the_contributor()
    page.goto(link_in(acknowledgement, served_site))
    expect(page.get_by_role("heading", level=1)).to_have_text(in_french("Where your story stands"))
    assert_stage(page, Stage.RECEIVED, current_step="Received")

    approve_in_the_admin(browser, served_site, submission.page_id)

    sent = to_the_contributor()
    assert len(sent) == 2, [message.subject for message in sent]
    page.goto(link_in(sent[1], served_site))
    assert_stage(page, Stage.AWAITING_SIGN_OFF, current_step="Approved by you")
    expect(page.locator(".story-preview")).to_contain_text(EDITED_TEASER)
    press_space_on(page, "#decision-approve")
    tab_to(page, selector=".sign-off button[type=submit]")
    send_with_enter(page)
    expect(page.get_by_role("status")).to_have_text(
        in_french("Thank you: your story is published.")
    )
    assert_stage(page, Stage.PUBLISHED, current_step="Published")

    page.goto(DECADE_URL)
    expect(page.get_by_role("link", name=TITLE)).to_be_visible()
    assert page.failed_responses == [f"400 {served_site}{SHARE_URL}"]  # the form with mistakes


def follow_the_error_summary_to_the_year(page: Page) -> None:
    """The error summary has the focus, lists every problem as a link to its field, and its first
    link, followed with Enter, puts the focus in the year."""
    summary = page.locator("#error-summary")
    expect(summary).to_be_focused()
    links = summary.get_by_role("link")
    expect(links).to_have_count(1 + len(REQUIRED_CONSENTS))
    expect(links.first).to_have_attribute("href", "#id_year")
    for position, consent in enumerate(REQUIRED_CONSENTS, 1):
        expect(links.nth(position)).to_have_attribute("href", f"#id_consent_{consent}")
    assert_no_horizontal_scroll(page)
    page.keyboard.press("Tab")
    assert active_element(page)["href"] == "#id_year"
    page.keyboard.press("Enter")
    expect(page.locator("#id_year")).to_be_focused()
    assert_focus_visible(active_element(page), "the year, reached from the error summary")


def correct_and_send(page: Page, photos: list[Path]) -> None:
    """From the year, which has the focus: a year that fits, two photos, the consents, and send."""
    page.keyboard.press("ControlOrMeta+A")
    page.keyboard.type("1968")
    attach_photos(page, photos)
    for consent in REQUIRED_CONSENTS:
        press_space_on(page, f"#id_consent_{consent}")
    tab_to(page, selector="#share-form button[type=submit]")
    send_with_enter(page)


def assert_stage(page: Page, stage: Stage, current_step: str) -> None:
    """The status page names the story's stage and marks where it is in the list of steps."""
    expect(page.locator(".status__stage")).to_have_text(in_french(stage.label))
    expect(page.locator(".steps [aria-current=step]")).to_have_text(in_french(current_step))


def approve_in_the_admin(browser: Browser, served_site: str, page_id: int) -> None:
    """A moderator logs in, tidies the teaser in the page's edit view and approves the moderation
    step from the footer's action menu ("Approve" needs no comment: no modal opens)."""
    context = browser.new_context(base_url=served_site, locale="fr-FR", viewport=DESKTOP)
    context.set_default_timeout(15_000)
    admin = context.new_page()
    admin.goto("/admin/login/")
    admin.locator("#id_username").fill(MODERATOR)
    admin.locator("#id_password").fill(MODERATOR_PASSWORD)
    with admin.expect_navigation():
        admin.locator("#id_password").press("Enter")

    admin.goto(f"/admin/pages/{page_id}/edit/")
    admin.locator("#id_teaser").fill(EDITED_TEASER)
    footer = admin.locator("footer")
    footer.get_by_role("button", name=in_french("More actions")).click()
    with admin.expect_navigation():
        footer.get_by_role("button", name=in_french("Approve"), exact=True).click()
    context.close()


# Accessibility -----------------------------------------------------------------------------------


def fill_the_form_quickly(page: Page, year: str) -> None:
    """The form's required fields, without the consents; how they are filled is not the point."""
    page.locator("#id_public_name").fill("Odile Martin")
    page.locator("#id_email").fill(EMAIL)
    page.locator("#id_relation_1").check()
    page.locator("#id_role").fill("Relieuse")
    page.locator("#id_title").fill(TITLE)
    page.locator("#id_story").fill(STORY)
    page.locator("#id_year").fill(year)


def approve_the_moderation_step(user) -> None:
    story = Submission.objects.get().page
    story.current_workflow_task.on_action(story.current_workflow_task_state, user, "approve")


@pytest.mark.e2e
def test_the_form_and_the_status_page_have_no_accessibility_violation(
    page: Page, viewport: str, open_call, moderator, axe: Axe
):
    found = {}

    def audit(name: str) -> None:
        save_screenshot(page, viewport, name)
        assert_no_horizontal_scroll(page)
        if violations := axe.run(page, options=AXE_OPTIONS).response["violations"]:
            found[f"{name} ({page.url})"] = violations

    page.goto(SHARE_URL)
    shown = time.monotonic()
    audit("share-form")
    fill_the_form_quickly(page, year="1850")
    wait_out_the_minimum_fill_time(page, shown)
    with page.expect_navigation():
        page.locator("#share-form button[type=submit]").click()
    expect(page.locator("#error-summary")).to_be_visible()
    audit("share-form-errors")

    page.locator("#id_year").fill("1968")
    for consent in REQUIRED_CONSENTS:
        page.locator(f"#id_consent_{consent}").check()
    with page.expect_navigation():
        page.locator("#share-form button[type=submit]").click()
    assert_sent(page)
    expect(page.get_by_role("status")).to_be_visible()  # "Thank you! Your story has been sent."
    audit("share-confirmation")

    approve_the_moderation_step(moderator)
    page.reload()
    expect(page.locator(".sign-off")).to_be_visible()
    audit("share-sign-off")

    assert not found, f"axe-core found violations on the {viewport}:\n" + "\n".join(
        f"{where}:\n{describe(violations)}" for where, violations in found.items()
    )
