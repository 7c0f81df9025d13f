// The share-your-story form with a video (or large photos) attached: the browser shows how much has
// been sent, since a video can take minutes to leave a phone. Without JavaScript, the form is sent
// the ordinary way. The page the server answers with (the status page, or the form with its errors)
// replaces this one, as after an ordinary post.
(function () {
    "use strict";
    var form = document.getElementById("share-form");
    var box = document.querySelector("[data-upload-progress]");
    if (!form || !box || !window.FormData || !window.XMLHttpRequest) { return; }
    var bar = box.querySelector("progress");
    var status = box.querySelector("[role=status]");
    var percent = new Intl.NumberFormat(document.documentElement.lang || undefined, { style: "percent" });
    var LARGE = 1024 * 1024;

    function attachedBytes() {
        var total = 0;
        form.querySelectorAll("input[type=file]").forEach(function (input) {
            Array.prototype.forEach.call(input.files || [], function (file) { total += file.size; });
        });
        return total;
    }

    function show(fraction) {
        bar.value = Math.round(fraction * 100);
        // Announced in steps of a tenth, not at every event: a screen reader would never stop.
        var step = Math.floor(fraction * 10) / 10;
        if (step !== show.lastStep) {
            show.lastStep = step;
            status.textContent = status.dataset.sending + " " + percent.format(step);
        }
    }

    function replacePage(xhr) {
        if (xhr.responseURL && xhr.responseURL.split("#")[0] !== form.action.split("#")[0]) {
            window.location.assign(xhr.responseURL);  // redirected to the status page
            return;
        }
        document.open();
        document.write(xhr.responseText);
        document.close();
    }

    form.addEventListener("submit", function (event) {
        if (attachedBytes() < LARGE) { return; }
        event.preventDefault();
        var xhr = new XMLHttpRequest();
        xhr.open("POST", form.action);
        xhr.upload.addEventListener("progress", function (progress) {
            if (progress.lengthComputable) { show(progress.loaded / progress.total); }
        });
        xhr.upload.addEventListener("load", function () {
            bar.removeAttribute("value");  // indeterminate while the server checks the files
            status.textContent = status.dataset.waiting;
        });
        xhr.addEventListener("load", function () { replacePage(xhr); });
        xhr.addEventListener("error", function () {
            status.textContent = status.dataset.failed;
            form.querySelector("[type=submit]").disabled = false;
        });
        box.hidden = false;
        form.querySelector("[type=submit]").disabled = true;
        show(0);
        xhr.send(new FormData(form));
    });
}());
