// "Copy the text" for LinkedIn, whose share page takes no text. Without JavaScript (or without the
// asynchronous clipboard), the button stays hidden and the text is there to copy by hand in its
// <details>; with it, the button copies the text and says so in the role="status" region.
(function () {
    "use strict";
    if (!navigator.clipboard || !window.isSecureContext) { return; }
    function setUp(button) {
        var field = document.getElementById(button.dataset.copyText);
        var status = document.getElementById(button.dataset.copyStatus);
        if (!field || !status) { return; }
        function announce(message) {
            // Emptied first, so that a second copy is announced again.
            status.textContent = "";
            window.setTimeout(function () { status.textContent = message; }, 100);
        }
        button.addEventListener("click", function () {
            navigator.clipboard.writeText(field.value).then(function () {
                announce(button.dataset.copied);
            }, function () {
                var details = field.closest("details");
                if (details) { details.open = true; }
                field.focus();
                field.select();
                announce(button.dataset.copyFailed);
            });
        });
        button.hidden = false;
    }
    document.querySelectorAll("[data-copy-text]").forEach(setUp);
}());
