// The share-your-story form with a video (or large photos) attached: the browser shows how much has
// been sent, since a video can take minutes to leave a phone. Without JavaScript, the form is sent
// the ordinary way. The page the server answers with (the status page, or the form with its errors)
// replaces this one, as after an ordinary post.
// Where the form names a direct-upload address (S3 configured), a chosen video first goes from the
// browser straight to S3 through a presigned POST; the form is then sent with the uploaded video's
// name in a hidden field and the file input emptied. Should that address not answer, or the file
// not say it is a video, the video goes with the form as before.
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

    function start() {
        box.hidden = false;
        form.querySelector("[type=submit]").disabled = true;
        show.lastStep = undefined;
        show(0);
    }

    function fail(message) {
        status.textContent = message || status.dataset.failed;
        form.querySelector("[type=submit]").disabled = false;
    }

    function sendForm() {
        if (attachedBytes() < LARGE) { form.submit(); return; }
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
        xhr.addEventListener("error", function () { fail(); });
        start();
        xhr.send(new FormData(form));
    }

    // The video to S3 with the fields of its presigned POST, the file last (S3 reads no field after
    // it); then the form, naming the uploaded video instead of carrying it.
    function uploadVideo(video, post, videoInput) {
        var data = new FormData();
        Object.keys(post.fields).forEach(function (name) { data.append(name, post.fields[name]); });
        data.append("file", video);
        var xhr = new XMLHttpRequest();
        xhr.open("POST", post.url);
        xhr.upload.addEventListener("progress", function (progress) {
            if (progress.lengthComputable) { show(progress.loaded / progress.total); }
        });
        xhr.addEventListener("load", function () {
            if (xhr.status < 200 || xhr.status >= 300) { fail(); return; }
            form.elements.video_upload.value = post.name;
            videoInput.value = "";
            bar.removeAttribute("value");
            status.textContent = status.dataset.waiting;
            sendForm();
        });
        xhr.addEventListener("error", function () { fail(); });
        xhr.send(data);
    }

    function sendVideoFirst(video, videoInput) {
        var request = new FormData();
        request.append("csrfmiddlewaretoken", form.elements.csrfmiddlewaretoken.value);
        request.append("form_token", form.elements.form_token.value);
        request.append("file_name", video.name);
        request.append("content_type", video.type);
        request.append("size", video.size);
        var xhr = new XMLHttpRequest();
        xhr.open("POST", form.dataset.videoUploadUrl);
        xhr.responseType = "json";
        xhr.addEventListener("load", function () {
            var answer = xhr.response || {};
            if (xhr.status === 200 && answer.url) { uploadVideo(video, answer, videoInput); return; }
            if (xhr.status === 400 || xhr.status === 429) { fail(answer.error); return; }
            sendForm();
        });
        xhr.addEventListener("error", sendForm);
        start();
        xhr.send(request);
    }

    form.addEventListener("submit", function (event) {
        // Not form.elements.video: the video's fieldset has that id too.
        var videoInput = form.querySelector("input[type=file][name=video]");
        var video = videoInput && videoInput.files && videoInput.files[0];
        var direct = form.dataset.videoUploadUrl && form.elements.video_upload;
        if (direct && video && video.type.indexOf("video/") === 0) {
            event.preventDefault();
            sendVideoFirst(video, videoInput);
            return;
        }
        if (attachedBytes() < LARGE) { return; }
        event.preventDefault();
        sendForm();
    });
}());
