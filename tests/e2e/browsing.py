"""What the journeys do with a browser tab: move the focus with the keyboard as a person would,
read where the focus is, and keep a screenshot of each page."""

from pathlib import Path

from playwright.sync_api import Page

SCREENSHOTS = Path(__file__).parent / "screenshots"

# Describes document.activeElement: what it is, where it leads, and how its focus is drawn. The
# outline's contrast is measured against the first opaque background under the outline's left
# edge (WCAG 1.4.11 asks 3:1 for what shows the focus).
ACTIVE_ELEMENT = r"""() => {
    const element = document.activeElement;
    if (!element || element === document.body) return null;
    const style = getComputedStyle(element);
    const rgb = (color) => (color.match(/[\d.]+/g) || []).map(Number);
    const luminance = (color) => {
        const [r, g, b] = rgb(color).map((value) => {
            const channel = value / 255;
            return channel <= 0.04045 ? channel / 12.92 : ((channel + 0.055) / 1.055) ** 2.4;
        });
        return 0.2126 * r + 0.7152 * g + 0.0722 * b;
    };
    const box = element.getBoundingClientRect();
    const ring = parseFloat(style.outlineOffset) + parseFloat(style.outlineWidth) / 2;
    const x = Math.max(0, box.left - ring);
    const y = Math.min(Math.max(0, box.top + box.height / 2), innerHeight - 1);
    const under = document.elementsFromPoint(x, y).find((other) => !element.contains(other));
    let background = "rgb(255, 255, 255)";
    for (let behind = under || element.parentElement; behind; behind = behind.parentElement) {
        const color = getComputedStyle(behind).backgroundColor;
        if ((rgb(color)[3] ?? 1) > 0) { background = color; break; }
    }
    const ends = [luminance(style.outlineColor), luminance(background)];
    return {
        tag: element.tagName.toLowerCase(),
        id: element.id,
        href: element.getAttribute("href"),
        text: (element.innerText || element.value || "").trim().replace(/\s+/g, " "),
        outline: `${style.outlineWidth} ${style.outlineStyle} ${style.outlineColor}`
            + ` on ${background}`,
        outlineVisible: style.outlineStyle !== "none" && parseFloat(style.outlineWidth) >= 2,
        outlineContrast: (Math.max(...ends) + 0.05) / (Math.min(...ends) + 0.05),
    };
}"""


def active_element(page: Page) -> dict | None:
    """document.activeElement, or None when nothing but the page itself has the focus."""
    return page.evaluate(ACTIVE_ELEMENT)


def tab_to(
    page: Page,
    href: str | None = None,
    *,
    selector: str | None = None,
    backwards: bool = False,
    max_presses: int = 80,
) -> dict:
    """Presses Tab (Shift+Tab when going backwards) until the link to `href`, or the element
    matching the CSS `selector` (a form control, a button), has the focus.

    At every step the address must stay the same (moving the focus never navigates) and the
    focused element must show a focus outline at least 2 px wide with a 3:1 contrast; the journey
    fails otherwise, or when the target is not reached within `max_presses`."""
    if (href is None) == (selector is None):
        raise TypeError("tab_to() takes either a link's href or a CSS selector")
    key = "Shift+Tab" if backwards else "Tab"
    url = page.url
    visited = []
    for _ in range(max_presses):
        page.keyboard.press(key)
        focused = active_element(page)
        assert page.url == url, f"{key} navigated from {url} to {page.url}"
        if focused is None:
            visited.append("(page)")
            continue
        visited.append(
            f"<{focused['tag']} id={focused['id']} href={focused['href']}> {focused['text'][:40]}"
        )
        assert_focus_visible(focused, f"{visited[-1]} at {url}")
        if selector is None:
            if focused["href"] == href:
                return focused
        elif page.evaluate("(selector) => document.activeElement.matches(selector)", selector):
            return focused
    target = f"the link to {href}" if selector is None else selector
    raise AssertionError(
        f"{max_presses} × {key} on {url} never reached {target}; the focus went through:\n  "
        + "\n  ".join(visited)
    )


def assert_focus_visible(focused: dict, where: str) -> None:
    """The focused element has an outline at least 2 px wide, in a 3:1 contrast with what is
    around it."""
    assert focused["outlineVisible"] and focused["outlineContrast"] >= 3, (
        f"focus hard to see on {where}: {focused['outline']}, "
        f"contrast {focused['outlineContrast']:.2f}:1"
    )


def press_enter_and_wait(page: Page, url_path: str) -> None:
    """Follows the focused link with Enter and waits for the page at `url_path` to be loaded."""
    page.keyboard.press("Enter")
    page.wait_for_url(f"**{url_path}")  # and for the new page's load event


# Loads the lazy images too (a person would scroll down to them) and lists those that are broken.
LOAD_EVERY_IMAGE = """async () => {
    const images = [...document.images];
    images.forEach((image) => { image.loading = "eager"; });
    await Promise.all(images.map((image) => image.decode().catch(() => null)));
    return images.filter((image) => image.naturalWidth === 0).map((image) => image.src);
}"""


def save_screenshot(page: Page, viewport: str, name: str) -> None:
    """Saves the whole page as tests/e2e/screenshots/<viewport>-<name>.png (git-ignored), with
    every image shown; fails if one of them cannot be shown."""
    broken = page.evaluate(LOAD_EVERY_IMAGE)
    assert not broken, f"broken images on {page.url}: {broken}"
    SCREENSHOTS.mkdir(exist_ok=True)
    # One image pixel per CSS pixel, whatever the screen's density: smaller files, quicker to save.
    page.screenshot(path=SCREENSHOTS / f"{viewport}-{name}.png", full_page=True, scale="css")


# The elements that stick out to the right of the window, which make a phone scroll sideways.
OVERFLOWING_ELEMENTS = """() => {
    const width = document.documentElement.clientWidth;
    if (document.documentElement.scrollWidth <= width) return [];
    return [...document.querySelectorAll("body *")]
        .filter((element) => element.getBoundingClientRect().right > width + 1)
        .slice(0, 10)
        .map((element) => `${element.tagName.toLowerCase()}.${element.className}`);
}"""


def assert_no_horizontal_scroll(page: Page) -> None:
    overflowing = page.evaluate(OVERFLOWING_ELEMENTS)
    assert not overflowing, f"{page.url} scrolls sideways; too wide: {overflowing}"
