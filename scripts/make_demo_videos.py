"""Makes the demo's testimonial videos from the texts in ``stories/demo/testimonials.py``.

For each testimonial: archival-style stills of its scenes, drawn by
``stories.demo.images.render_archival_photo`` in the look of the story's decade; each sentence
spoken by espeak-ng (French voice, WAV) and measured; the stills cross-faded over the voice by
ffmpeg into a small MP4 (H.264 yuv420p 640×360 at 12 frames a second, AAC mono 48 kb/s, index
first); and beside it a French WebVTT file whose cues are the sentences at the times they are
spoken.

What keeps a clip near 300 KB: the film grain of the old pictures is what costs the most bits, so
the stills are softened a little (a 0.7-pixel blur), encoded at CRF 34, with one keyframe per clip
(a grainy keyframe weighs about 40 KB; seeking in half a minute of still pictures decodes a few
hundred nearly empty frames, which players do at once) and 12 frames a second, plenty for still
pictures and their cross-fades.

Writes ``stories/demo/clips/<story-slug>.mp4`` and ``<story-slug>.fr.vtt``. Their output is
committed: ``make run`` loads the demo on machines that have Python only (no espeak-ng), and must
not spend minutes encoding. Run it again after changing a testimonial, and commit the clips::

    apt-get install espeak-ng   # or: brew install espeak-ng
    .venv/bin/python scripts/make_demo_videos.py

Deterministic: the same texts give the same sentences at the same times and the same pictures
(the encoded bytes may differ between ffmpeg builds). ffmpeg is the project's own
(``stories.videos.probe.ffmpeg_path``: imageio-ffmpeg's unless ``FFMPEG_BINARY`` is set).
"""

import array
import io
import os
import shutil
import subprocess
import sys
import tempfile
import time
import wave
from pathlib import Path

import django
from PIL import Image, ImageFilter

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))  # run as a file from the project, not as an installed package
os.environ.setdefault("DJANGO_SETTINGS_MODULE", "centenary.settings")
django.setup()  # the video probe's messages are translatable: it needs the settings

from stories.demo.images import render_archival_photo  # noqa: E402
from stories.demo.stories import STORIES  # noqa: E402
from stories.demo.testimonials import TESTIMONIALS  # noqa: E402
from stories.videos.captions import Cue, to_webvtt  # noqa: E402
from stories.videos.probe import ffmpeg_path, probe_video  # noqa: E402

CLIPS = ROOT / "stories" / "demo" / "clips"
SIZE = (640, 360)
STILL_SIZE = (1280, 720)  # film-era pictures are drawn at half this size, the clip's own
STILL_BLUR = 0.7  # pixels: softens the grain, which halves what a still weighs
FPS = 12
CROSS_FADE = 0.6  # seconds
CRF = 34
WORDS_PER_MINUTE = 160  # espeak-ng's default of 175 is hurried for someone remembering
LEAD_IN, PAUSE, TAIL = 0.5, 0.4, 1.0  # seconds of silence before, between and after sentences
CAPTION_LINE = 42  # characters: the usual length of a line of subtitles
SILENCE_THRESHOLD = 300  # of 32767: below it a sample counts as silence when trimming
CLIP_BUDGET = 400 * 1024  # bytes: `make run` loads every clip on a fresh clone
TOTAL_BUDGET = 2_500 * 1024
DURATION_RANGE = (20.0, 40.0)  # seconds: long enough to tell something, short enough to watch


def speak(sentence: str, voice: str, destination: Path) -> None:
    """Writes ``sentence`` spoken by espeak-ng to a WAV file (mono, 16-bit, 22,050 Hz)."""
    command = ["espeak-ng", "-v", voice, "-s", str(WORDS_PER_MINUTE), "-w", str(destination)]
    subprocess.run([*command, sentence], check=True, capture_output=True)


def trimmed_samples(path: Path) -> tuple[array.array, int]:
    """The samples of a spoken sentence without the silence espeak-ng leaves around it (most of
    a second after a full stop), so that a caption ends when the voice does; and the rate."""
    with wave.open(str(path), "rb") as recording:
        if (recording.getnchannels(), recording.getsampwidth()) != (1, 2):
            raise RuntimeError(f"{path.name}: expected mono 16-bit audio from espeak-ng")
        rate = recording.getframerate()
        samples = array.array("h", recording.readframes(recording.getnframes()))
    if sys.byteorder == "big":
        samples.byteswap()  # WAV samples are little-endian
    loud = [index for index, value in enumerate(samples) if abs(value) > SILENCE_THRESHOLD]
    if not loud:
        raise RuntimeError(f"{path.name}: espeak-ng produced silence")
    return samples[loud[0] : loud[-1] + 1], rate


def caption_text(sentence: str) -> str:
    """The sentence on one line, or on two of about the same length when it is longer than a
    line of subtitles (players wrap long lines where they fall, often leaving one word alone)."""
    if len(sentence) <= CAPTION_LINE:
        return sentence
    # Never a line starting with the French punctuation that follows a space, or ending with «.
    breaks = [
        index
        for index, character in enumerate(sentence)
        if character == " " and sentence[index + 1] not in ":;!?»" and sentence[index - 1] != "«"
    ]

    def imbalance(index: int) -> float:
        # A break after a comma or a colon reads better, even if the lines are a little uneven.
        return abs(index - len(sentence) / 2) - (10 if sentence[index - 1] in ",:;" else 0)

    chosen = min(breaks, key=imbalance)
    return f"{sentence[:chosen]}\n{sentence[chosen + 1 :]}"


def build_soundtrack(sentences: list[str], voice: str, work: Path) -> tuple[Path, list[Cue]]:
    """Speaks the sentences one after the other into ``work/voice.wav``; returns it and one cue
    per sentence, timed to the sample."""
    track, cues, rate = array.array("h"), [], None
    for number, sentence in enumerate(sentences):
        recording = work / f"sentence-{number}.wav"
        speak(sentence, voice, recording)
        samples, sentence_rate = trimmed_samples(recording)
        if rate not in (None, sentence_rate):
            raise RuntimeError("espeak-ng changed its sample rate between sentences")
        rate = sentence_rate
        track.extend([0] * round((LEAD_IN if number == 0 else PAUSE) * rate))
        start = len(track) / rate
        track.extend(samples)
        cues.append(Cue(round(start, 3), round(len(track) / rate, 3), caption_text(sentence)))
    track.extend([0] * round(TAIL * rate))
    if sys.byteorder == "big":
        track.byteswap()
    soundtrack = work / "voice.wav"
    with wave.open(str(soundtrack), "wb") as output:
        output.setnchannels(1)
        output.setsampwidth(2)
        output.setframerate(rate)
        output.writeframes(track.tobytes())
    return soundtrack, cues


def draw_stills(testimonial: dict, decade: int, work: Path) -> list[Path]:
    """One picture per scene, in the photographic look of the story's decade, at the clip's size
    (BMP: ffmpeg reads the still again for every frame, and BMP costs nothing to decode)."""
    seed = sum(map(ord, testimonial["story"]))  # as the loader seeds the story's own picture
    stills = []
    for number, scene in enumerate(testimonial["scenes"]):
        # +1: the first still must not repeat the story's photo, shown just above the video.
        photo = render_archival_photo(scene, decade, seed + number + 1, STILL_SIZE)
        with Image.open(io.BytesIO(photo)) as picture:
            picture = picture.convert("RGB").resize(SIZE, Image.Resampling.LANCZOS)
        still = work / f"still-{number}.bmp"
        picture.filter(ImageFilter.GaussianBlur(STILL_BLUR)).save(still)
        stills.append(still)
    return stills


def still_changes(cues: list[Cue], stills: int) -> list[float]:
    """When each still after the first fades in: at the start of a sentence, so that the
    sentences are shared out as evenly as possible between the stills."""
    return [cues[round(number * len(cues) / stills)].start for number in range(1, stills)]


def picture_filter(stills: int, changes: list[float]) -> tuple[str, str]:
    """The ffmpeg filter graph (each still cross-faded into the next one) and the label of its
    output."""
    parts = [f"[{number}:v]setsar=1,format=yuv420p[still{number}]" for number in range(stills)]
    shown = "[still0]"
    for number, change in enumerate(changes, start=1):
        faded = f"[faded{number}]"
        parts.append(
            f"{shown}[still{number}]xfade=transition=fade:duration={CROSS_FADE}:"
            f"offset={change - CROSS_FADE / 2:.3f}{faded}"
        )
        shown = faded
    return ";".join(parts), shown


def encode(stills: list[Path], changes: list[float], soundtrack: Path, destination: Path) -> None:
    """Composes the clip: the stills over the voice, H.264 and AAC in an MP4 that starts playing
    before it has fully arrived (``+faststart``)."""
    with wave.open(str(soundtrack), "rb") as voice:
        duration = voice.getnframes() / voice.getframerate()
    # Still n is on screen from half a fade before it comes in to half a fade after it goes out.
    starts = [0.0, *(change - CROSS_FADE / 2 for change in changes)]
    ends = [*(change + CROSS_FADE / 2 for change in changes), duration]
    inputs = []
    for still, start, end in zip(stills, starts, ends, strict=True):
        inputs += ["-loop", "1", "-framerate", str(FPS), "-t", f"{end - start:.3f}"]
        inputs += ["-i", str(still)]
    graph, picture = picture_filter(len(stills), changes)
    command = [
        ffmpeg_path(), "-nostdin", "-hide_banner", "-loglevel", "error", "-y",
        *inputs, "-i", str(soundtrack),
        "-filter_complex", graph, "-map", picture, "-map", f"{len(stills)}:a",
        "-c:v", "libx264", "-preset", "medium", "-crf", str(CRF), "-tune", "stillimage",
        "-profile:v", "high", "-pix_fmt", "yuv420p", "-g", str(FPS * 60),
        "-c:a", "aac", "-b:a", "48k", "-ac", "1", "-ar", "22050",
        "-t", f"{duration:.3f}", "-movflags", "+faststart",
        "-map_metadata", "-1", "-fflags", "+bitexact", "-flags", "+bitexact",
        str(destination),
    ]  # fmt: skip
    subprocess.run(command, check=True)


def story_decade(slug: str) -> int:
    """The decade of the demo story a testimonial belongs to (its stills take that look)."""
    for story in STORIES:
        if story["slug"] == slug:
            return story["decade"]
    raise SystemExit(f"stories/demo/testimonials.py: no demo story has the slug {slug!r}")


def make_clip(testimonial: dict, work: Path) -> tuple[Path, list[Cue]]:
    """Writes the testimonial's MP4 and French captions; returns the MP4 and its cues."""
    slug = testimonial["story"]
    soundtrack, cues = build_soundtrack(testimonial["sentences"], testimonial["voice"], work)
    stills = draw_stills(testimonial, story_decade(slug), work)
    clip = CLIPS / f"{slug}.mp4"
    encode(stills, still_changes(cues, len(stills)), soundtrack, clip)
    (CLIPS / f"{slug}.fr.vtt").write_text(to_webvtt(cues), encoding="utf-8")
    return clip, cues


def main() -> None:
    if shutil.which("espeak-ng") is None:
        raise SystemExit("espeak-ng is needed: apt-get install espeak-ng (brew on macOS)")
    CLIPS.mkdir(parents=True, exist_ok=True)
    began, total = time.perf_counter(), 0
    for testimonial in TESTIMONIALS:
        with tempfile.TemporaryDirectory(prefix="demo-video-") as work:
            clip, cues = make_clip(testimonial, Path(work))
        size, info = clip.stat().st_size, probe_video(clip)
        total += size
        print(f"{clip.name:45} {size / 1024:4.0f} KB {info.duration:5.1f} s {len(cues)} sentences")
        if not info.plays_everywhere:
            raise SystemExit(f"{clip.name} would not play in every browser: {info}")
        if size > CLIP_BUDGET or not DURATION_RANGE[0] <= info.duration <= DURATION_RANGE[1]:
            print(f"  over budget: at most {CLIP_BUDGET // 1024} KB and 20 to 40 s per clip")
    print(f"{len(TESTIMONIALS)} clips, {total / 1024:.0f} KB in all, made in "
          f"{time.perf_counter() - began:.1f} s")  # fmt: skip
    if total > TOTAL_BUDGET:
        raise SystemExit(f"the clips weigh more than {TOTAL_BUDGET // 1024} KB in all")


if __name__ == "__main__":
    main()
