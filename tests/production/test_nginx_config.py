"""The nginx site configuration of docs/deploy.md, run as written in front of the live site: only
the ports, the certificate, the media folder and the application's address differ, as they must on
a test machine. It redirects plain HTTP to HTTPS, passes the visitor's scheme and address on to
Django, serves the public media itself and nothing beside it, and refuses bodies over its limit."""

import datetime
import http.client
import re
import ssl
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import pytest
from cryptography import x509
from cryptography.hazmat.primitives import hashes, serialization
from cryptography.hazmat.primitives.asymmetric import ec
from cryptography.x509.oid import NameOID
from django.core.cache import caches
from pytest_django.live_server_helper import LiveServer

from tests.production.servers import free_port, nginx_server

DEPLOY_GUIDE = Path(__file__).parents[2] / "docs" / "deploy.md"
HOST = "centenaire.example.org"
# The guide allows 2200m for a video and its photos; the test copy allows 1m, so that a body over
# the limit is quick to refuse and one under it quick to pass.
BODY_LIMIT = 1024 * 1024

# The site runs in a thread and sees committed data only.
pytestmark = pytest.mark.django_db(transaction=True, serialized_rollback=True)


def documented_site() -> str:
    section = DEPLOY_GUIDE.read_text().split("### nginx (TLS, media, uploads)", 1)[1]
    return re.search(r"```nginx\n(.*?)```", section, flags=re.DOTALL).group(1)


def replaced(text: str, old: str, new: str) -> str:
    """`text` with its one `old` replaced: a guide that no longer says `old` fails here."""
    assert text.count(old) == 1, f"docs/deploy.md's nginx block should hold {old!r} once"
    return text.replace(old, new)


def self_signed_certificate(folder: Path) -> tuple[Path, Path]:
    key = ec.generate_private_key(ec.SECP256R1())
    name = x509.Name([x509.NameAttribute(NameOID.COMMON_NAME, HOST)])
    now = datetime.datetime.now(datetime.UTC)
    certificate = (
        x509.CertificateBuilder()
        .subject_name(name)
        .issuer_name(name)
        .public_key(key.public_key())
        .serial_number(x509.random_serial_number())
        .not_valid_before(now - datetime.timedelta(minutes=5))
        .not_valid_after(now + datetime.timedelta(days=1))
        .add_extension(x509.SubjectAlternativeName([x509.DNSName(HOST)]), critical=False)
        .sign(key, hashes.SHA256())
    )
    chain, private_key = folder / "fullchain.pem", folder / "privkey.pem"
    chain.write_bytes(certificate.public_bytes(serialization.Encoding.PEM))
    private_key.write_bytes(
        key.private_bytes(
            serialization.Encoding.PEM,
            serialization.PrivateFormat.PKCS8,
            serialization.NoEncryption(),
        )
    )
    return chain, private_key


@dataclass(frozen=True)
class Proxy:
    http_port: int
    https_port: int
    media: Path
    private_media: Path

    def request(
        self,
        method: str,
        path: str,
        *,
        tls: bool = True,
        visitor: str = "127.0.0.1",
        body: bytes | None = None,
    ) -> tuple[int, dict, bytes]:
        """Sends a request for the public host from the `visitor` address (any 127.x.y.z)."""
        address = ("127.0.0.1", self.https_port if tls else self.http_port)
        if tls:
            context = ssl._create_unverified_context()  # the throwaway certificate
            connection = http.client.HTTPSConnection(
                *address, context=context, timeout=10, source_address=(visitor, 0)
            )
        else:
            connection = http.client.HTTPConnection(
                *address, timeout=10, source_address=(visitor, 0)
            )
        try:
            connection.request(method, path, body=body, headers={"Host": HOST})
            response = connection.getresponse()
            return response.status, dict(response.headers), response.read()
        finally:
            connection.close()


@pytest.fixture
def production_site(settings, tmp_path) -> Iterator[int]:
    """The site with what docs/deploy.md's .env sets behind nginx, served on a free port (yielded).

    Not pytest-django's `live_server`: Django's security middleware reads its settings once, when
    the server starts, and that one may have started before this test."""
    settings.DEBUG = False
    settings.ALLOWED_HOSTS = [HOST]
    settings.SECURE_SSL_REDIRECT = True
    settings.SECURE_HSTS_SECONDS = 31_536_000
    settings.SECURE_PROXY_SSL_HEADER = ("HTTP_X_FORWARDED_PROTO", "https")
    settings.RATELIMIT_IP_META_KEY = "HTTP_X_REAL_IP"
    # Django's test server answers MEDIA_URL itself: an empty folder there, so that a file found
    # under /media/ can only come from nginx's.
    settings.MEDIA_ROOT = tmp_path / "app-media"
    server = LiveServer("127.0.0.1:0")
    yield server.thread.port
    server.stop()


@pytest.fixture
def proxy(production_site, tmp_path) -> Iterator[Proxy]:
    """The guide's nginx site in front of the production site, with /srv/centenary's two media
    folders side by side in tmp_path as the guide lays them out."""
    http_port, https_port = free_port(), free_port()
    chain, private_key = self_signed_certificate(tmp_path)
    media, private_media = tmp_path / "media", tmp_path / "private-media"
    media.mkdir()
    private_media.mkdir()
    site = documented_site()
    for old, new in {
        "listen 80;": f"listen 127.0.0.1:{http_port};",
        # nginx 1.22 (Debian 12) still takes http2 as a listen parameter.
        "listen 443 ssl http2;": f"listen 127.0.0.1:{https_port} ssl http2;",
        f"/etc/letsencrypt/live/{HOST}/fullchain.pem": str(chain),
        f"/etc/letsencrypt/live/{HOST}/privkey.pem": str(private_key),
        "alias /srv/centenary/media/;": f"alias {media}/;",
        "proxy_pass http://127.0.0.1:8000;": f"proxy_pass http://127.0.0.1:{production_site};",
        "client_max_body_size 2200m;": f"client_max_body_size {BODY_LIMIT // 1024}k;",
    }.items():
        site = replaced(site, old, new)
    with nginx_server(site, tmp_path, https_port):
        yield Proxy(http_port, https_port, media, private_media)


def test_plain_http_is_sent_to_https_at_the_same_address(proxy):
    status, headers, _body = proxy.request("GET", "/fr/stories/?page=2", tls=False)
    assert status == 301
    assert headers["Location"] == f"https://{HOST}/fr/stories/?page=2"


def test_a_page_comes_through_tls_from_the_site_which_sees_https(site_tree, production_site, proxy):
    # With SECURE_SSL_REDIRECT on, a request Django took for plain HTTP would be redirected again,
    # as one that bypasses nginx is.
    bypass = http.client.HTTPConnection("127.0.0.1", production_site, timeout=10)
    bypass.request("GET", "/fr/", headers={"Host": HOST})
    assert bypass.getresponse().status == 301
    bypass.close()
    status, headers, body = proxy.request("GET", "/fr/")
    assert status == 200
    assert site_tree["home"].title in body.decode()
    assert "Strict-Transport-Security" in headers  # Django sends it on HTTPS requests only


def test_the_rate_limits_count_the_visitor_address_not_nginx(proxy, settings):
    # Every request reaches Django from nginx's 127.0.0.1: only X-Real-IP tells visitors apart.
    settings.ADMIN_LOGIN_RATE_LIMIT = "2/m"
    caches["default"].clear()
    attempts = [proxy.request("POST", "/admin/login/", visitor="127.0.0.2")[0] for _ in range(3)]
    other_visitor, _headers, _body = proxy.request("POST", "/admin/login/", visitor="127.0.0.3")
    # 403: Django's refusal of a form without its CSRF token, past the limit's count.
    assert attempts == [403, 403, 429]
    assert other_visitor == 403


def test_public_media_are_served_by_nginx_from_the_media_folder(proxy):
    (proxy.media / "cards").mkdir()
    (proxy.media / "cards" / "story.txt").write_text("a public card")
    status, _headers, body = proxy.request("GET", "/media/cards/story.txt")
    assert status == 200
    assert body == b"a public card"


@pytest.mark.parametrize(
    "path",
    [
        "/media/../private-media/original.txt",
        "/media/%2e%2e/private-media/original.txt",
        "/media..%2fprivate-media/original.txt",
        "/media../private-media/original.txt",
        "/private-media/original.txt",
    ],
)
def test_private_media_beside_them_are_out_of_reach(proxy, path):
    # nginx passes the path on as sent: one with ".." that leaves /media/ reaches the application,
    # which serves no media (production's answers 404; the test's live server, which answers
    # /media/ itself, refuses to leave its folder).
    (proxy.private_media / "original.txt").write_text("a contributor's photo")
    status, _headers, body = proxy.request("GET", path)
    assert status >= 400
    assert b"photo" not in body


def test_a_body_over_the_limit_is_refused_by_nginx(proxy):
    status, _headers, body = proxy.request("POST", "/fr/", body=b"x" * (BODY_LIMIT + 1))
    assert status == 413
    assert b"nginx" in body


def test_a_body_under_the_limit_reaches_the_site(proxy):
    status, headers, _body = proxy.request("POST", "/fr/", body=b"x" * (BODY_LIMIT // 2))
    # Django's refusal of a form without its CSRF token: it read the body nginx passed on.
    assert status == 403
    assert "Content-Security-Policy" in headers
