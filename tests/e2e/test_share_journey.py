"""A reader shares a story with the keyboard alone, on a phone and on a desktop screen: Tab to
"Copy the text" under the story, Enter, the page says the text is copied and the clipboard holds
LinkedIn's text; then on to X through the share link, which counts the share. axe-core audits the
story page with its share block, the LinkedIn text shown and hidden.

The networks' own pages are never reached: the test stops the browser at the site's redirect."""

from pathlib import Path
from urllib.parse import parse_qs, urlsplit

import pytest
from axe_playwright_python.sync_playwright import Axe
from django.contrib.auth import get_user_model
from django.urls import reverse
from django.utils import timezone, translation
from playwright.sync_api import Browser, Page, Route, expect

from sharing.models import Network, ShareCount
from sharing.x_length import x_weighted_length
from tests.e2e.browsing import assert_no_horizontal_scroll, save_screenshot, tab_to
from tests.e2e.sample_site import JOURNEY_STORY, SampleSite
from tests.e2e.test_accessibility import AXE_OPTIONS, describe

DESKTOP = {"width": 1366, "height": 900}
COUNTER_JS = Path(__file__).parents[2] / "sharing/static/sharing/share-text-counter.js"


def in_french(message: str) -> str:
    """What the site shows in French for an English message (the English itself until it is
    translated)."""
    with translation.override("fr"):
        return translation.gettext(message)


@pytest.fixture(scope="session")
def axe() -> Axe:
    return Axe()


def audit(page: Page, axe: Axe, where: str) -> None:
    violations = axe.run(page, options=AXE_OPTIONS).response["violations"]
    assert not violations, f"axe-core found violations on {where}:\n{describe(violations)}"


@pytest.mark.e2e
def test_reader_copies_the_linkedin_text_with_the_keyboard(
    page: Page, viewport: str, sample_site: SampleSite, served_site: str, axe: Axe
):
    story = sample_site.story(JOURNEY_STORY)
    page.context.grant_permissions(["clipboard-read", "clipboard-write"], origin=served_site)
    page.goto(story.url)
    share_block = page.get_by_role("region", name=in_french("Share this story"))
    expect(share_block).to_be_visible()
    audit(page, axe, f"{story.url} on the {viewport}")

    focused = tab_to(page, selector="button.share__copy")
    assert focused["text"] == in_french("Copy the text")
    page.keyboard.press("Enter")

    expect(page.get_by_role("status")).to_have_text(in_french("Text copied"))
    copied = page.evaluate("() => navigator.clipboard.readText()")
    assert copied == page.locator("#share-linkedin-text").input_value()
    assert "#Centenaire100" in copied
    assert f"/fr/stories/{story.slug}/?utm_source=linkedin&utm_medium=social" in copied
    # LinkedIn's link comes next, after the text shown by hand.
    tab_to(page, f"/share/{story.pk}/linkedin/")

    page.get_by_text(in_french("See the text for LinkedIn")).click()
    expect(page.get_by_label(in_french("Text for LinkedIn"))).to_have_value(copied)
    assert_no_horizontal_scroll(page)
    save_screenshot(page, viewport, "story-share")
    audit(page, axe, f"{story.url} with the LinkedIn text shown, on the {viewport}")
    assert not page.failed_responses, page.failed_responses


@pytest.mark.e2e
def test_reader_shares_a_story_on_x_and_the_share_is_counted(
    page: Page, viewport: str, sample_site: SampleSite
):
    story = sample_site.story(JOURNEY_STORY)
    redirects = []

    def stop_at_the_redirect(route: Route) -> None:
        """The site answers the share link; the browser is not sent on to X."""
        response = route.fetch(max_redirects=0)
        redirects.append((response.status, response.headers.get("location", "")))
        route.fulfill(status=200, content_type="text/plain", body="")

    page.route("**/share/**", stop_at_the_redirect)
    page.goto(story.url)

    tab_to(page, f"/share/{story.pk}/x/")
    page.keyboard.press("Enter")
    page.wait_for_url(f"**/share/{story.pk}/x/")

    [(status, location)] = redirects
    assert status == 302 and location.startswith("https://x.com/intent/post?text=")
    text = parse_qs(urlsplit(location).query)["text"][0]
    assert "#Centenaire100" in text and "utm_source=x" in text
    assert x_weighted_length(text) <= 280
    count = ShareCount.objects.get(story=story, network=Network.X, day=timezone.localdate())
    assert count.shares == 1


EDITOR, EDITOR_PASSWORD = "editrice", "une-phrase-de-passe-assez-longue"


@pytest.mark.e2e
def test_the_editor_sees_the_x_count_while_typing(
    browser: Browser, served_site: str, sample_site: SampleSite, settings
):
    """In the story editor, a text to share added for X is counted as X counts it, under the text
    field, and the count is announced politely."""
    settings.WAGTAIL_GRAVATAR_PROVIDER_URL = None  # the admin's avatars: no call to the Internet
    # No autosaved draft while the test types (its request could outlive the test's database).
    settings.WAGTAIL_AUTOSAVE_INTERVAL = 0
    story = sample_site.story(JOURNEY_STORY)
    get_user_model().objects.create_superuser(EDITOR, "editrice@example.org", EDITOR_PASSWORD)
    context = browser.new_context(base_url=served_site, locale="fr-FR", viewport=DESKTOP)
    context.set_default_timeout(15_000)
    admin = context.new_page()
    # Nor the editor's presence pings, which the page sends in the background and on leaving.
    admin.route("**/admin/editing-sessions/**", lambda route: route.abort())
    admin.goto("/admin/login/")
    admin.locator("#id_username").fill(EDITOR)
    admin.locator("#id_password").fill(EDITOR_PASSWORD)
    with admin.expect_navigation():
        admin.locator("#id_password").press("Enter")

    admin.goto(f"/admin/pages/{story.pk}/edit/")
    admin.locator("#id_share_texts-ADD").click()
    admin.locator("#id_share_texts-0-network").select_option("x")
    text = admin.locator("#id_share_texts-0-text")
    text.fill("a" * 273 + " #Centenaire100")

    counter = admin.locator("#id_share_texts-0-text-share-counter")
    expect(counter).to_have_attribute("aria-live", "polite")
    expect(counter).to_contain_text("312")
    expect(counter).to_contain_text("280")
    text.fill("Mai 68 à Vaise, raconté par Ahmed {link} #Centenaire100")
    expect(counter).to_contain_text(
        str(x_weighted_length("Mai 68 à Vaise, raconté par Ahmed ") + 23 + len(" #Centenaire100"))
    )

    # A campaign's default text, in its own form, is counted the same way once X is chosen.
    admin.goto(reverse("wagtailsnippets_sharing_campaigntext:add") + "?locale=fr")
    template = admin.locator("#id_template")
    template.fill("{quote} {link} {hashtag}")
    template_counter = admin.locator("#id_template-share-counter")
    expect(template_counter).to_contain_text(str(len("{quote} https://example.com/ {hashtag}")))
    admin.locator("#id_network").select_option("x")
    expect(template_counter).to_contain_text(str(len("{quote} ") + 23 + len(" {hashtag}")))
    expect(template_counter).to_contain_text("280")
    context.close()


COUNTED_TEXTS = [
    "Bonjour #Centenaire100",
    "« Onze caisses en bois » — Gérard https://example.org/fr/stories/x/?utm_source=x&a=b",
    "voir ferrandier.fr, ou www.ferrandier.fr/histoire.",
    "百年の歴史 👍🏽 ❤️ 👨‍👩‍👧 🇫🇷 1️⃣ © ®",
    "line\r\nbreak and e\u0301te\u0301",
    "x" * 300,
]


@pytest.mark.e2e
def test_the_admin_counter_counts_as_the_server_does(browser: Browser):
    """The share-text counter of the admin and sharing.x_length agree on X's weighted length."""
    context = browser.new_context()
    tab = context.new_page()
    tab.set_content("<!doctype html><html><body></body></html>")
    tab.add_script_tag(path=str(COUNTER_JS))

    counted = tab.evaluate(
        "(texts) => texts.map(window.centenaryShareTexts.weightedLength)", COUNTED_TEXTS
    )

    context.close()
    assert counted == [x_weighted_length(text) for text in COUNTED_TEXTS]
