// A campaign kit being built: asks its status every two seconds, moves the progress bar and its
// text (written by the server in the editor's language), and reloads the page once the kit is
// ready or failed, so that the page shows the download link or the message. A failed request is
// simply tried again at the next tick.
(function () {
    "use strict";
    var region = document.querySelector("[data-kit-status-url]");
    if (!region || !window.fetch) { return; }
    var bar = region.querySelector("progress");
    var label = region.querySelector("[data-kit-progress-label]");
    var INTERVAL = 2000;
    function show(status) {
        if (status.state === "ready" || status.state === "failed") {
            window.location.reload();
            return false;
        }
        if (status.state === "building") {
            bar.max = Math.max(status.total, 1);
            bar.value = status.done;
            label.textContent = status.progress_text;
        }
        return true;
    }
    function poll() {
        fetch(region.dataset.kitStatusUrl, {
            credentials: "same-origin",
            headers: { "Accept": "application/json" }
        }).then(function (response) {
            return response.ok ? response.json() : null;
        }).then(function (status) {
            if (!status || show(status)) { window.setTimeout(poll, INTERVAL); }
        }, function () {
            window.setTimeout(poll, INTERVAL);
        });
    }
    window.setTimeout(poll, INTERVAL);
}());
