"""Captions sent with a video: WebVTT or SRT read strictly, mistakes reported with their line."""

import pytest
from django.core.exceptions import ValidationError
from django.utils import translation

from stories.videos.captions import Cue, read_captions, time_label, to_webvtt, transcript

GOOD_WEBVTT = """\
WEBVTT - Marie Dupont remembers the 1968 strike
Kind: captions

NOTE Typed from the interview recording.

intro
00:00.000 --> 00:03.500 align:start line:90%
<v Marie>We stopped the machines at noon.

00:03.500 --> 00:01:07.250
<v Marie>Nobody knew <i>how long</i> it would last.
Three weeks, in the end.

01:00:00.000 --> 01:00:02.000
Tom &amp; Jerry
"""

GOOD_SRT = """\
1
00:00:00,000 --> 00:00:02,500
<font color="#ffffff">We stopped the machines</font>
at noon.

2
00:00:02,500 --> 00:00:05,000
<i>Tom & Jerry</i> {\\an8}were there.
"""


@pytest.fixture(autouse=True)
def english():
    # The site defaults to French; the assertions read the English messages.
    with translation.override("en"):
        yield


def refusal(data: bytes, filename: str = "") -> ValidationError:
    with pytest.raises(ValidationError) as caught:
        read_captions(data, filename)
    return caught.value


def test_good_webvtt_is_read_with_its_times_and_text():
    cues = read_captions(GOOD_WEBVTT.encode())

    assert cues == [
        Cue(0.0, 3.5, "<v Marie>We stopped the machines at noon."),
        Cue(
            3.5,
            67.25,
            "<v Marie>Nobody knew <i>how long</i> it would last.\nThree weeks, in the end.",
        ),
        Cue(3600.0, 3602.0, "Tom &amp; Jerry"),
    ]


def test_broken_timestamp_is_reported_with_its_line():
    broken = GOOD_WEBVTT.replace("00:03.500 --> 00:01:07.250", "00:03.500 --> 00:01:02.5x")

    error = refusal(broken.encode(), "interview.vtt")

    assert error.code == "captions_timestamp"
    assert error.messages[0].startswith("Line 10: the timestamp “00:01:02.5x” is not valid")


def test_caption_ending_before_it_starts_is_reported_with_its_line():
    backwards = "WEBVTT\n\n00:05.000 --> 00:04.000\nToo late\n"

    error = refusal(backwards.encode())

    assert error.messages[0] == "Line 3: the caption ends (00:04.000) before it starts (00:05.000)."


def test_captions_out_of_order_are_refused():
    shuffled = "WEBVTT\n\n00:05.000 --> 00:06.000\nSecond\n\n00:01.000 --> 00:02.000\nFirst\n"

    assert refusal(shuffled.encode()).messages[0].startswith("Line 6: this caption starts")


def test_missing_blank_line_between_cues_is_reported_where_it_is_missing():
    crammed = "WEBVTT\n\n00:01.000 --> 00:02.000\nFirst\n00:02.000 --> 00:03.000\nSecond\n"

    error = refusal(crammed.encode())

    assert error.code == "captions_blank_line"
    assert error.messages[0].startswith("Line 5:")


def test_text_where_times_are_expected_is_reported_with_its_line():
    error = refusal(b"WEBVTT\n\nHello there\nHow are you\n")

    assert error.messages[0] == (
        "Line 4: expected caption times such as “00:00:01.000 --> 00:00:04.000”, "
        "found “How are you”."
    )


def test_srt_is_accepted_and_converted_to_webvtt():
    cues = read_captions(GOOD_SRT.encode(), "interview.srt")

    assert cues == [
        Cue(0.0, 2.5, "We stopped the machines\nat noon."),
        Cue(2.5, 5.0, "<i>Tom &amp; Jerry</i> were there."),
    ]
    assert to_webvtt(cues) == (
        "WEBVTT\n\n"
        "00:00:00.000 --> 00:00:02.500\nWe stopped the machines\nat noon.\n\n"
        "00:00:02.500 --> 00:00:05.000\n<i>Tom &amp; Jerry</i> were there.\n"
    )
    assert read_captions(to_webvtt(cues).encode()) == cues


def test_srt_with_windows_line_endings_reports_the_right_line():
    broken = GOOD_SRT.replace("00:00:05,000", "00:00:05.0O0").replace("\n", "\r\n")

    error = refusal(broken.encode())

    assert error.messages[0].startswith("Line 7: the timestamp “00:00:05.0O0” is not valid")
    assert "00:01:02,500" in error.messages[0]  # the example uses SRT's comma


def test_srt_with_a_missing_number_is_reported_with_its_line():
    unnumbered = GOOD_SRT.replace("2\n00:00:02,500", "two\n00:00:02,500")

    assert refusal(unnumbered.encode()).messages[0] == (
        "Line 6: expected the number of a caption, found “two”."
    )


def test_file_that_is_neither_webvtt_nor_srt_is_refused():
    error = refusal(b"Dear editors,\nplease find my story attached.\n", "story.txt")

    assert error.code == "captions_format"
    assert "WebVTT (.vtt) or SubRip (.srt)" in error.messages[0]


def test_vtt_file_without_its_header_names_the_first_line():
    error = refusal(b"00:00.000 --> 00:01.000\nHello\n", "interview.vtt")

    assert error.messages[0] == "Line 1: a WebVTT caption file must begin with the line “WEBVTT”."


@pytest.mark.parametrize("captions", [GOOD_WEBVTT, GOOD_SRT])
def test_byte_order_mark_is_accepted(captions):
    with_bom = "\ufeff" + captions

    assert read_captions(with_bom.encode()) == read_captions(captions.encode())


def test_text_not_in_utf8_is_reported_with_its_line():
    latin1 = "WEBVTT\n\n00:00.000 --> 00:01.000\nÀ midi, on a arrêté.\n".encode("latin-1")

    error = refusal(latin1)

    assert error.code == "captions_encoding"
    assert error.messages[0].startswith("Line 4: this text is not in UTF-8")


def test_empty_file_and_header_alone_are_refused():
    assert refusal(b" \n").code == "captions_empty"
    assert refusal(b"WEBVTT\n\nNOTE nothing yet\n").code == "captions_none"


def test_transcript_strips_markup_and_joins_lines():
    cues = read_captions(GOOD_WEBVTT.encode())

    assert transcript(cues) == [
        (0.0, "We stopped the machines at noon."),
        (3.5, "Nobody knew how long it would last. Three weeks, in the end."),
        (3600.0, "Tom & Jerry"),
    ]


def test_transcript_merges_repeated_roll_up_cues_and_skips_empty_ones():
    cues = [
        Cue(0.0, 1.0, "<c.yellow>Hello</c>"),
        Cue(1.0, 2.0, "Hello"),
        Cue(2.0, 3.0, ""),
        Cue(3.0, 4.0, "<ruby>漢<rt>kan</rt></ruby> <00:00:03.500>done"),
    ]

    assert transcript(cues) == [(0.0, "Hello"), (3.0, "漢 done")]


@pytest.mark.parametrize(
    ("seconds", "label"),
    [(0, "0:00"), (5.9, "0:05"), (65, "1:05"), (600, "10:00"), (3723, "1:02:03")],
)
def test_time_label_reads_like_a_player(seconds, label):
    assert time_label(seconds) == label
