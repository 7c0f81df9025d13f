from django.urls import path

from submissions import views

app_name = "submissions"

urlpatterns = [
    path("share-your-story/", views.share_story, name="share"),
    path("share-your-story/video-upload/", views.video_upload, name="video_upload"),
    path("my-story/<str:token>/", views.status, name="status"),
    path("my-story/<str:token>/sign-off/", views.sign_off, name="sign_off"),
    path("my-story/<str:token>/withdraw/", views.withdraw, name="withdraw"),
]
