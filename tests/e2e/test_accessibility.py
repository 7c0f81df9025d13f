"""axe-core finds no accessibility violation, of any impact, on the public pages, in French and in
English, on a phone and on a desktop screen.

axe runs its default rule set (WCAG 2.0, 2.1 and 2.2 A and AA, and its best practices) plus the
WCAG 2.2 target-size rule (2.5.8, AA), which axe leaves off by default. No rule is disabled.
Reflow (1.4.10), which axe does not check, is checked too: no page scrolls sideways."""

import pytest
from axe_playwright_python.sync_playwright import Axe
from playwright.sync_api import Page, expect
from wagtail.models import PageViewRestriction

from tests.e2e.browsing import assert_no_horizontal_scroll, save_screenshot
from tests.e2e.sample_site import JOURNEY_STORY, SampleSite

AXE_OPTIONS = {"resultTypes": ["violations"], "rules": {"target-size": {"enabled": True}}}


def describe(violations: list[dict]) -> str:
    """One paragraph per violation: what rule, how serious, which elements, how to fix it."""
    lines = []
    for violation in violations:
        lines.append(
            f"  [{violation['impact']}] {violation['id']}: {violation['help']} "
            f"({violation['helpUrl']})"
        )
        for node in violation["nodes"]:
            summary = " ".join(node.get("failureSummary", "").split())
            lines.append(f"      {' > '.join(map(str, node['target']))}: {summary[:300]}")
    return "\n".join(lines)


def in_both_languages(pages: dict[str, str]) -> dict[str, str]:
    """Each French page and the same address under /en/: the English interface around it."""
    english = {
        f"{name}-en": "/en/" + address.removeprefix("/fr/") for name, address in pages.items()
    }
    return {**pages, **english}


def assert_no_violation(axe: Axe, page: Page, where: str) -> None:
    violations = axe.run(page, options=AXE_OPTIONS).response["violations"]
    assert not violations, f"axe-core found violations on {where}:\n{describe(violations)}"


@pytest.fixture(scope="session")
def axe() -> Axe:
    return Axe()


@pytest.mark.e2e
def test_public_pages_have_no_accessibility_violation(
    page: Page, viewport: str, sample_site: SampleSite, axe: Axe
):
    found = {}
    for name, address in in_both_languages(sample_site.public_pages()).items():
        response = page.goto(address)
        assert response is not None and response.status == 200, f"{address}: {response}"
        save_screenshot(page, viewport, name)
        assert_no_horizontal_scroll(page)
        violations = axe.run(page, options=AXE_OPTIONS).response["violations"]
        if violations:
            found[f"{name} ({address})"] = violations
    assert not found, f"axe-core found violations on the {viewport}:\n" + "\n".join(
        f"{where}:\n{describe(violations)}" for where, violations in found.items()
    )
    assert not page.failed_responses, page.failed_responses


@pytest.mark.e2e
def test_the_password_form_of_a_private_story_is_accessible_and_works_by_keyboard(
    page: Page, viewport: str, sample_site: SampleSite, axe: Axe
):
    story = sample_site.story(JOURNEY_STORY)
    PageViewRestriction.objects.create(
        page=story, restriction_type=PageViewRestriction.PASSWORD, password="centenaire"
    )
    page.goto(story.url)
    assert_no_violation(axe, page, f"the password form ({story.url})")
    password = page.get_by_label("Mot de passe")
    password.fill("devinette")
    password.press("Enter")
    expect(page.locator(".field__error")).to_be_visible()
    save_screenshot(page, viewport, "private-page-wrong-password")
    assert_no_violation(axe, page, "the password form with its error")
    page.get_by_label("Mot de passe").fill("centenaire")
    page.keyboard.press("Enter")
    expect(page.get_by_role("heading", level=1)).to_have_text(story.title)
