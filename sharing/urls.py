"""Share addresses, outside the language prefixes: a story's share link is the same in French and
in English (the text follows the story's own language)."""

from django.urls import path

from sharing import views

app_name = "sharing"

urlpatterns = [
    path("<str:story_id>/<str:network>/", views.share, name="share"),
]
