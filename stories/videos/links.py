"""YouTube and Vimeo links: which video a link names, and where it may be played from.

A link is accepted only from those two services and only with a well-formed video id, so that the
page never points a visitor's browser anywhere else. Playing goes through the privacy-respecting
players: youtube-nocookie.com, and Vimeo's player with ``dnt=1`` (no tracking).
"""

import re
from dataclasses import dataclass
from urllib.parse import parse_qs, urlencode, urlsplit

from django.core.exceptions import ValidationError
from django.utils.translation import gettext as _

YOUTUBE = "youtube"
VIMEO = "vimeo"
PROVIDER_NAMES = {YOUTUBE: "YouTube", VIMEO: "Vimeo"}

YOUTUBE_HOSTS = {"youtube.com", "m.youtube.com", "music.youtube.com", "youtube-nocookie.com"}
YOUTUBE_SHORT_HOST = "youtu.be"
VIMEO_HOSTS = {"vimeo.com", "player.vimeo.com"}

YOUTUBE_ID = re.compile(r"[A-Za-z0-9_-]{11}")
VIMEO_ID = re.compile(r"[0-9]{1,12}")
VIMEO_HASH = re.compile(r"[0-9a-f]{6,20}")
# Paths that carry the id as their second segment: /embed/ID, /shorts/ID, /live/ID, /v/ID.
YOUTUBE_ID_PATHS = {"embed", "shorts", "live", "v"}
MAX_LINK_LENGTH = 500


@dataclass(frozen=True)
class VideoLink:
    provider: str
    video_id: str
    # Vimeo's unlisted videos need their hash to play.
    vimeo_hash: str = ""

    @property
    def provider_name(self) -> str:
        return PROVIDER_NAMES[self.provider]

    @property
    def player_url(self) -> str:
        """The privacy-respecting player, asked to start at once (the visitor has just clicked)."""
        if self.provider == YOUTUBE:
            return f"https://www.youtube-nocookie.com/embed/{self.video_id}?autoplay=1"
        query = {"dnt": "1", "autoplay": "1"}
        if self.vimeo_hash:
            query["h"] = self.vimeo_hash
        return f"https://player.vimeo.com/video/{self.video_id}?{urlencode(query)}"

    @property
    def watch_url(self) -> str:
        """The player on its own page, for browsers without JavaScript."""
        return self.player_url.replace("autoplay=1", "autoplay=0")


def _bare_host(host: str) -> str:
    host = host.lower().rstrip(".")
    return host[4:] if host.startswith("www.") else host


def _youtube_id(host: str, path: list[str], query: dict[str, list[str]]) -> str:
    if host == YOUTUBE_SHORT_HOST:
        return path[0] if path else ""
    if path[:1] == ["watch"]:
        return query.get("v", [""])[0]
    if len(path) >= 2 and path[0] in YOUTUBE_ID_PATHS:
        return path[1]
    return ""


def _vimeo_id_and_hash(host: str, path: list[str], query: dict[str, list[str]]) -> tuple[str, str]:
    if host == "player.vimeo.com":
        path = path[1:] if path[:1] == ["video"] else []
        return (path[0] if path else "", query.get("h", [""])[0])
    # vimeo.com/ID, vimeo.com/ID/HASH, vimeo.com/channels/NAME/ID, vimeo.com/groups/NAME/videos/ID
    numeric = [index for index, part in enumerate(path) if VIMEO_ID.fullmatch(part)]
    if not numeric:
        return "", ""
    position = numeric[0]
    following = path[position + 1] if position + 1 < len(path) else ""
    return path[position], following if VIMEO_HASH.fullmatch(following) else ""


def parse_video_link(url: str) -> VideoLink:
    """The video a YouTube or Vimeo link names; ``ValidationError`` saying what is wrong."""
    url = (url or "").strip()
    if len(url) > MAX_LINK_LENGTH:
        raise ValidationError(_("This link is too long to be a video link."), code="too_long")
    parts = urlsplit(url)
    if parts.scheme not in ("http", "https") or not parts.hostname:
        raise ValidationError(
            _("Give the full address of the video, starting with https://."), code="not_a_link"
        )
    host = _bare_host(parts.hostname)
    path = [part for part in parts.path.split("/") if part]
    query = parse_qs(parts.query)
    if host in YOUTUBE_HOSTS or host == YOUTUBE_SHORT_HOST:
        video_id = _youtube_id(host, path, query)
        if not YOUTUBE_ID.fullmatch(video_id):
            raise ValidationError(
                _("This YouTube link does not name a video: copy the link from the video's page."),
                code="bad_youtube_id",
            )
        return VideoLink(YOUTUBE, video_id)
    if host in VIMEO_HOSTS:
        video_id, vimeo_hash = _vimeo_id_and_hash(host, path, query)
        if not VIMEO_ID.fullmatch(video_id):
            raise ValidationError(
                _("This Vimeo link does not name a video: copy the link from the video's page."),
                code="bad_vimeo_id",
            )
        return VideoLink(VIMEO, video_id, vimeo_hash if VIMEO_HASH.fullmatch(vimeo_hash) else "")
    raise ValidationError(
        _("Only YouTube and Vimeo links can be shown: upload the video file instead."),
        code="other_host",
    )
