// Videos on a story page.
// - Transcript time links seek the video on the page instead of opening the file at that time (what
//   the link does without JavaScript), then play it from there.
// - A YouTube or Vimeo video is a facade (a local poster and a play button): the service's player
//   is loaded only when the visitor presses play, so that no request reaches the service before.
(function () {
    "use strict";

    function seek(link) {
        var list = link.closest("[data-video-transcript]");
        var video = document.getElementById(list.dataset.videoTranscript);
        var seconds = parseFloat(link.dataset.seek);
        if (!video || isNaN(seconds)) { return false; }
        if (video.preload === "none") { video.preload = "metadata"; }
        video.currentTime = seconds;
        var playing = video.play();
        if (playing && playing.catch) { playing.catch(function () {}); }
        video.focus();
        return true;
    }

    function loadPlayer(button) {
        var facade = button.closest("[data-video-facade]");
        var frame = document.createElement("iframe");
        frame.src = facade.dataset.playerUrl;
        frame.title = facade.dataset.playerTitle;
        frame.allow = "autoplay; encrypted-media; fullscreen; picture-in-picture";
        frame.allowFullscreen = true;
        frame.referrerPolicy = "strict-origin-when-cross-origin";
        frame.className = "video-facade__player";
        facade.querySelector(".video-facade__screen").replaceChildren(frame);
        facade.classList.add("video-facade--playing");
        frame.focus();
    }

    document.addEventListener("click", function (event) {
        var link = event.target.closest("[data-video-transcript] a[data-seek]");
        if (link && seek(link)) {
            event.preventDefault();
            return;
        }
        var play = event.target.closest("[data-video-facade] .video-facade__play");
        if (play) {
            event.preventDefault();
            loadPlayer(play);
        }
    });

    document.querySelectorAll("[data-video-facade] .video-facade__play").forEach(function (button) {
        button.hidden = false;
    });
}());
