"""Every response carries the security headers, in the embedded default too: a Content-Security-
Policy that lets no inline script or style run (the admin has its own, looser one), nosniff, a
Referrer-Policy, a Permissions-Policy and frame protection. The public pages hold nothing such a
policy would block, and in production HTTP is redirected to HTTPS, which browsers then keep to."""

import os
import subprocess
import sys
from html.parser import HTMLParser

import pytest
from django.conf import settings

from tests.e2e.sample_site import SampleSite

pytestmark = pytest.mark.django_db

# <script> types that hold data, which browsers never run and CSP leaves alone.
DATA_SCRIPT_TYPES = {"application/ld+json", "application/json"}


def public_pages(centenary: SampleSite) -> dict[str, str]:
    return {
        **centenary.public_pages(),
        "feed": "/fr/stories/feed/",
        "sitemap": "/sitemap.xml",
        "share form": "/fr/share-your-story/",
        "robots.txt": "/robots.txt",
        "missing page": "/fr/no-such-page/",
    }


def directives(policy: str) -> dict[str, list[str]]:
    """A Content-Security-Policy header as {directive: [sources]}."""
    parsed = {}
    for directive in filter(None, (part.strip() for part in policy.split(";"))):
        name, *sources = directive.split()
        parsed[name] = sources
    return parsed


def assert_common_headers(response, where: str) -> None:
    assert response["X-Content-Type-Options"] == "nosniff", where
    assert response["Referrer-Policy"] == "strict-origin-when-cross-origin", where
    permissions = response["Permissions-Policy"]
    for feature in ("camera=()", "microphone=()", "geolocation=()", "payment=()"):
        assert feature in permissions, where


def test_every_public_response_carries_the_security_headers(client, centenary):
    addresses = {**public_pages(centenary), "static file": "/static/js/videos.js"}
    for name, address in addresses.items():
        response = client.get(address)
        where = f"{name} ({address}): {response.status_code}"
        assert response.status_code in (200, 404, 503), where
        assert_common_headers(response, where)
        policy = directives(response["Content-Security-Policy"])
        assert policy["script-src"] == ["'self'"], where
        assert policy["style-src"] == ["'self'"], where
        assert policy["object-src"] == ["'none'"], where
        assert policy["frame-ancestors"] == ["'none'"], where
        if name != "static file":
            assert response["X-Frame-Options"] == "DENY", where


def test_only_the_privacy_enhanced_video_players_may_be_framed(client, centenary):
    policy = directives(client.get(centenary.public_pages()["story"])["Content-Security-Policy"])
    assert policy["frame-src"] == ["https://www.youtube-nocookie.com", "https://player.vimeo.com"]


def test_the_admin_has_its_own_policy_and_the_same_headers(admin_client):
    for address in ("/admin/", "/admin/login/", "/django-admin/"):
        response = admin_client.get(address, follow=True)
        assert response.status_code == 200, address
        assert_common_headers(response, address)
        policy = directives(response["Content-Security-Policy"])
        # Wagtail's own inline scripts and compiled templates run; nothing from another origin.
        assert policy["script-src"] == ["'self'", "'unsafe-inline'", "'unsafe-eval'"], address
        assert policy["connect-src"] == ["'self'"], address
        # Its previews are framed by the admin itself, by no other site.
        assert policy["frame-ancestors"] == ["'self'"], address


class InlineCode(HTMLParser):
    """Collects what a policy without 'unsafe-inline' blocks: inline <script> and <style> (unless
    they carry the nonce), style and event handler attributes, javascript: links."""

    def __init__(self) -> None:
        super().__init__()
        self.found: list[str] = []

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        attributes = dict(attrs)
        has_nonce = "nonce" in attributes
        runs_inline = "src" not in attributes and attributes.get("type") not in DATA_SCRIPT_TYPES
        if tag == "script" and runs_inline and not has_nonce:
            self.found.append(f"inline <script> at line {self.getpos()[0]}")
        if tag == "style" and not has_nonce:
            self.found.append(f"<style> at line {self.getpos()[0]}")
        for name, value in attrs:
            javascript_link = (value or "").strip().lower().startswith("javascript:")
            if name == "style" or name.startswith("on") or javascript_link:
                self.found.append(f'<{tag} {name}="{value}">')


def inline_code(html: str) -> list[str]:
    parser = InlineCode()
    parser.feed(html)
    parser.close()
    return parser.found


def test_the_inline_code_finder_finds_what_the_policy_blocks():
    html = (
        '<script>alert(1)</script><script type="application/ld+json">{}</script>'
        '<script src="/static/js/videos.js"></script><p style="color: red" onclick="go()">'
        '<a href="javascript:go()">x</a><style>p {}</style><script nonce="abc">ok()</script>'
    )
    assert inline_code(html) == [
        "inline <script> at line 1",
        '<p style="color: red">',
        '<p onclick="go()">',
        '<a href="javascript:go()">',
        "<style> at line 1",
    ]


def test_public_pages_hold_no_inline_script_or_style(client, centenary):
    found = {}
    for name, address in public_pages(centenary).items():
        response = client.get(address)
        if response["Content-Type"].startswith("text/html"):
            found[name] = inline_code(response.content.decode())
    assert found.keys() >= {"home", "story", "search", "share form", "missing page"}
    assert not any(found.values()), {name: code for name, code in found.items() if code}


def settings_in_production(**variables: str) -> dict:
    """The policies that settings.py builds from these environment variables, read in a fresh
    interpreter (the settings are read once, at start)."""
    code = (
        "from django.conf import settings; "
        "print(repr({'csp': settings.SECURE_CSP, 'admin_csp': settings.ADMIN_CSP}))"
    )
    environment = {
        **{name: value for name, value in os.environ.items() if name in {"PATH", "HOME", "LANG"}},
        "DJANGO_SETTINGS_MODULE": "centenary.settings",
        "DEBUG": "0",
        "SECRET_KEY": "a-production-secret-key-for-this-test-only-0123456789-abcdefgh",
        **variables,
    }
    result = subprocess.run(
        [sys.executable, "-c", code],
        cwd=settings.BASE_DIR,
        env=environment,
        capture_output=True,
        text=True,
        check=True,
        timeout=60,
    )
    return eval(result.stdout)  # noqa: S307 - the repr of dicts of strings printed just above


def test_media_from_the_cdn_and_the_s3_endpoint_are_allowed_and_nothing_else():
    policies = settings_in_production(
        AWS_STORAGE_BUCKET_NAME="centenary",
        AWS_S3_CUSTOM_DOMAIN="media.centenaire.example.org",
        AWS_S3_ENDPOINT_URL="https://s3.fr-par.example.net",
    )
    sources = ["'self'", "https://media.centenaire.example.org", "https://s3.fr-par.example.net"]
    assert policies["csp"]["img-src"] == sources
    assert policies["csp"]["media-src"] == sources
    for directive in ("img-src", "media-src"):
        assert set(sources) <= set(policies["admin_csp"][directive])
    assert policies["csp"]["script-src"] == ["'self'"]


def test_production_redirects_to_https_except_the_health_check(client, settings, site_tree):
    settings.SECURE_SSL_REDIRECT = True
    settings.SECURE_HSTS_SECONDS = 31_536_000
    response = client.get("/fr/")
    assert response.status_code == 301
    assert response["Location"] == "https://testserver/fr/"
    assert client.get("/healthz").status_code == 200
    secure = client.get("/fr/", secure=True)
    assert secure.status_code == 200
    assert secure["Strict-Transport-Security"] == "max-age=31536000; includeSubDomains; preload"
