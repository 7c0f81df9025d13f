"""What the story page's video player shows: caption tracks and the transcript with its times.

Works on a ``Video`` whose captions were prefetched (``stories.views.story`` does it for every
video of a story), so that a video block costs no query of its own.
"""

from django.utils import translation

from stories.videos.captions import time_label


def video_player_context(video) -> dict:
    """``tracks`` (caption, is_default), ``transcript`` [(seconds, label, text)] in the visitor's
    language when there are captions in it, and ``transcript_text`` when only text was typed."""
    if video is None:
        return {"tracks": [], "transcript": [], "transcript_text": "", "duration_label": ""}
    captions = list(video.captions.all())
    language = (translation.get_language() or "").split("-")[0]
    shown = next((c for c in captions if c.language == language), None)
    if shown is None and captions:
        shown = captions[0]
    tracks = [(caption, caption is shown and caption.language == language) for caption in captions]
    transcript = [
        (f"{start:.3f}".rstrip("0").rstrip("."), time_label(start), text)
        for start, text in (shown.cues if shown else [])
    ]
    return {
        "tracks": tracks,
        "transcript": transcript,
        "transcript_text": "" if transcript else video.transcript,
        "duration_label": time_label(video.duration) if video.duration else "",
    }
