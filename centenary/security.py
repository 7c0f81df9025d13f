"""Security middleware of our own, beside Django's: the admin's Content-Security-Policy, and a
limit on attempts at the admin's sign-in form.

The public site's policy (settings.SECURE_CSP) allows no inline script or style. Wagtail's admin
needs some (see settings.ADMIN_CSP), so admin paths get their own policy through Django's
`csp_override`, as a view decorated with it would.
"""

from collections.abc import Callable

from django.conf import settings
from django.http import HttpRequest, HttpResponse
from django.shortcuts import render
from django.urls import reverse
from django.views.decorators.csp import csp_override
from django_ratelimit.core import is_ratelimited

Middleware = Callable[[HttpRequest], HttpResponse]


def is_admin_path(path: str) -> bool:
    return path.startswith(tuple(settings.ADMIN_PATH_PREFIXES))


class AdminContentSecurityPolicyMiddleware:
    """Gives the admin's responses settings.ADMIN_CSP instead of settings.SECURE_CSP."""

    def __init__(self, get_response: Middleware) -> None:
        self.get_response = get_response

    def __call__(self, request: HttpRequest) -> HttpResponse:
        if is_admin_path(request.path_info):
            return csp_override(settings.ADMIN_CSP)(self.get_response)(request)
        return self.get_response(request)


def admin_login_paths() -> set[str]:
    return {reverse("wagtailadmin_login"), reverse("admin:login")}


def password_attempts_exceeded(
    request: HttpRequest, group: str, key: str | Callable = "ip"
) -> bool:
    """Counts this password sent (a POST) in `group`, by `key` (django-ratelimit's: the visitor's
    address unless given), and tells whether settings.ADMIN_LOGIN_RATE_LIMIT is used up."""
    return is_ratelimited(
        request,
        group=group,
        key=key,
        rate=settings.ADMIN_LOGIN_RATE_LIMIT,
        method="POST",
        increment=True,
    )


def login_attempts_exceeded(request: HttpRequest) -> bool:
    """Counts this attempt against the visitor's address and against the user name tried, and
    tells whether either has used up settings.ADMIN_LOGIN_RATE_LIMIT.

    The address limit stops one machine guessing; the user name limit stops many machines
    guessing one editor's password (at the cost of that editor waiting, too)."""
    by_address = password_attempts_exceeded(request, "admin-login")
    by_user_name = bool(request.POST.get("username")) and password_attempts_exceeded(
        request,
        "admin-login-user",
        key=lambda group, request: request.POST["username"].strip().lower(),
    )
    return by_address or by_user_name


class AdminLoginRateLimitMiddleware:
    """Refuses sign-in attempts past the limit with a 429 page, before any password is checked,
    on both admins' sign-in forms (Wagtail's and Django's)."""

    def __init__(self, get_response: Middleware) -> None:
        self.get_response = get_response

    def __call__(self, request: HttpRequest) -> HttpResponse:
        if (
            request.method == "POST"
            and request.path_info in admin_login_paths()
            and login_attempts_exceeded(request)
        ):
            return render(request, "security/login_rate_limited.html", status=429)
        return self.get_response(request)
