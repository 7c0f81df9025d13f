// Live character counter under a text area (GOV.UK pattern): the hint gives the limits without
// JavaScript; with it, the count is shown and announced politely as the person types.
(function () {
    "use strict";
    function setUp(counter) {
        var field = document.getElementById(counter.dataset.characterCount);
        if (!field) { return; }
        var max = parseInt(counter.dataset.max, 10);
        var timer = null;
        var lang = document.documentElement.lang || undefined;
        var format = new Intl.NumberFormat(lang);
        var plural = new Intl.PluralRules(lang);
        function update() {
            var left = max - field.value.length;
            var one = plural.select(Math.abs(left)) === "one";
            var template = left >= 0
                ? (one ? counter.dataset.remainingOne : counter.dataset.remaining)
                : (one ? counter.dataset.overOne : counter.dataset.over);
            counter.textContent = template.replace("__N__", format.format(Math.abs(left)));
            counter.classList.toggle("field__counter--over", left < 0);
        }
        field.addEventListener("input", function () {
            clearTimeout(timer);
            timer = setTimeout(update, 400);
        });
        var describedBy = (field.getAttribute("aria-describedby") || "").split(" ");
        if (describedBy.indexOf(counter.id) === -1) {
            describedBy.push(counter.id);
            field.setAttribute("aria-describedby", describedBy.join(" ").trim());
        }
        update();
    }
    document.querySelectorAll("[data-character-count]").forEach(setUp);
}());
