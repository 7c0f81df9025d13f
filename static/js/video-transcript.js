// Transcript time links seek the video on the page instead of opening the file at that time
// (what the link does without JavaScript), then play it from there.
(function () {
    "use strict";
    document.addEventListener("click", function (event) {
        var link = event.target.closest("[data-video-transcript] a[data-seek]");
        if (!link) { return; }
        var list = link.closest("[data-video-transcript]");
        var video = document.getElementById(list.dataset.videoTranscript);
        var seconds = parseFloat(link.dataset.seek);
        if (!video || isNaN(seconds)) { return; }
        event.preventDefault();
        if (video.preload === "none") { video.preload = "metadata"; }
        video.currentTime = seconds;
        var playing = video.play();
        if (playing && playing.catch) { playing.catch(function () {}); }
        video.focus();
    });
}());
