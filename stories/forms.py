"""Admin forms for videos: wagtailmedia's form with the upload probed before it is saved."""

from django.core.files.uploadedfile import UploadedFile
from wagtailmedia.forms import BaseMediaForm

from stories.videos.uploads import check_video_upload


class VideoForm(BaseMediaForm):
    """wagtailmedia's media form (named in ``WAGTAILMEDIA["MEDIA_FORM_BASE"]``); a new video file
    is refused unless ffmpeg finds a whole video within the size and duration limits."""

    def clean_file(self) -> UploadedFile | None:
        upload = self.cleaned_data.get("file")
        if isinstance(upload, UploadedFile) and self.instance.type == "video":
            check_video_upload(upload)
        return upload
