"""The password form of a page its editors keep private (Wagtail's page privacy), with a limit on
attempts so that a password cannot be guessed by trying them all."""

from django.http import HttpRequest, HttpResponse
from django.shortcuts import render
from wagtail import views as wagtail_views

from centenary.security import password_attempts_exceeded


def authenticate_with_password(
    request: HttpRequest, page_view_restriction_id: int, page_id: int
) -> HttpResponse:
    if request.method == "POST" and password_attempts_exceeded(request, "private-page-password"):
        return render(request, "private_page_rate_limited.html", status=429)
    return wagtail_views.authenticate_with_password(request, page_view_restriction_id, page_id)
