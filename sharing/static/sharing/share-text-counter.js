// A live counter under each text to share in the admin: the editor's texts on a story
// (share_texts-N-text) and a campaign's default text (the "template" field of its own form, beside
// its "network"). On X it
// counts as X does and as sharing/x_length.py does on the server (keep them in step): a link
// counts 23, CJK characters and emoji 2 (an emoji sequence once), other characters 1. The story's
// link is added at the end of an editor's text that has no {link}; other placeholders are counted
// as typed. The count is announced politely, a moment after typing stops.
(function () {
    "use strict";
    var script = document.currentScript;
    var messages = script ? script.dataset : {};
    var X_MAX = 280;
    var URL_LENGTH = 23;
    var LINK_STAND_IN = "https://example.com/";
    var FIELD_NAME = /^(share_texts-\d+-text|template)$/;
    var NETWORK_NAME = /^(share_texts-\d+-)?network$/;
    var LIGHT_RANGES = [[0x0000, 0x10FF], [0x2000, 0x200D], [0x2010, 0x201F], [0x2032, 0x2037]];
    var HEAVY_SYMBOLS = [0x00A9, 0x00AE];
    var ZWJ = "\u200D";
    var MODIFIER = /^[\uFE0E\uFE0F\u20E3\u{1F3FB}-\u{1F3FF}\u{E0020}-\u{E007F}]$/u;
    var REGIONAL_INDICATOR = /^[\u{1F1E6}-\u{1F1FF}]$/u;
    var URL = new RegExp(
        "https?://[^\\s<>\"]+" +
        "|www\\.[^\\s<>\"]+" +
        "|(?<![A-Za-z0-9_])(?:[a-z0-9-]+\\.)+(?:com|fr|org|net|eu|io|co|info|be|ch|ca|uk|de|es|it)" +
        "(?![A-Za-z0-9_])(?:/[^\\s<>\"]*)?",
        "gi"
    );
    var URL_TRAILING = /[.,;:!?)\]}'"»’”…]+$/;

    function characterWeight(codePoint) {
        if (HEAVY_SYMBOLS.indexOf(codePoint) !== -1) { return 2; }
        for (var i = 0; i < LIGHT_RANGES.length; i += 1) {
            if (codePoint >= LIGHT_RANGES[i][0] && codePoint <= LIGHT_RANGES[i][1]) { return 1; }
        }
        return 2;
    }

    function textWeight(text) {
        var chars = Array.from(text);
        var weight = 0;
        var index = 0;
        while (index < chars.length) {
            var end = index + 1;
            if (REGIONAL_INDICATOR.test(chars[index]) && end < chars.length
                    && REGIONAL_INDICATOR.test(chars[end])) {
                end += 1;
            }
            while (end < chars.length && (MODIFIER.test(chars[end])
                    || (chars[end] === ZWJ && end + 1 < chars.length))) {
                end += chars[end] === ZWJ ? 2 : 1;
            }
            weight += end - index > 1 ? 2 : characterWeight(chars[index].codePointAt(0));
            index = end;
        }
        return weight;
    }

    function weightedLength(text) {
        text = text.replace(/\r\n/g, "\n").normalize("NFC");
        var weight = 0;
        var position = 0;
        var match;
        URL.lastIndex = 0;
        while ((match = URL.exec(text)) !== null) {
            var url = match[0].replace(URL_TRAILING, "");
            if (url) {
                weight += textWeight(text.slice(position, match.index)) + URL_LENGTH;
                position = match.index + url.length;
            }
        }
        return weight + textWeight(text.slice(position));
    }

    function networkChoice(field) {
        return document.getElementsByName(field.name.replace(/(text|template)$/, "network"))[0];
    }

    function networkOf(field) {
        var select = networkChoice(field);
        return select ? select.value : "";
    }

    function counterOf(field) {
        var id = field.id + "-share-counter";
        var counter = document.getElementById(id);
        if (!counter) {
            counter = document.createElement("p");
            counter.id = id;
            counter.className = "help share-text-counter";
            counter.setAttribute("aria-live", "polite");
            field.insertAdjacentElement("afterend", counter);
            var describedBy = (field.getAttribute("aria-describedby") || "").split(" ");
            describedBy.push(id);
            field.setAttribute("aria-describedby", describedBy.join(" ").trim());
        }
        return counter;
    }

    function message(name, count) {
        return (messages[name] || "__COUNT__").replace("__COUNT__", String(count));
    }

    function update(field) {
        var isTemplate = field.name === "template";
        var text = field.value;
        if (!isTemplate && text.trim() && text.indexOf("{link}") === -1) {
            text = text.replace(/\s+$/, "") + "\n{link}";
        }
        text = text.split("{link}").join(LINK_STAND_IN);
        var counter = counterOf(field);
        if (networkOf(field) === "x") {
            var length = weightedLength(text);
            counter.textContent = message(length > X_MAX ? "xOver" : "xCount", length);
            counter.classList.toggle("error-message", length > X_MAX);
        } else {
            counter.textContent = message("count", Array.from(text).length);
            counter.classList.remove("error-message");
        }
        if (isTemplate) { counter.textContent += " " + (messages.templateNote || ""); }
    }

    var timers = {};
    function schedule(field) {
        clearTimeout(timers[field.name]);
        timers[field.name] = setTimeout(function () { update(field); }, 400);
    }

    // Another admin form may have a field named "template": only one beside a network counts.
    function isShareText(field) {
        return FIELD_NAME.test(field.name || "") && networkChoice(field) !== undefined;
    }

    document.addEventListener("input", function (event) {
        if (isShareText(event.target)) { schedule(event.target); }
    });
    document.addEventListener("change", function (event) {
        var name = event.target.name || "";
        if (NETWORK_NAME.test(name)) {
            var fieldName = name.replace(/network$/, name === "network" ? "template" : "text");
            var field = document.getElementsByName(fieldName)[0];
            if (field) { update(field); }
        }
    });
    document.querySelectorAll("textarea").forEach(function (field) {
        if (isShareText(field)) { update(field); }
    });
    // For the tests, which compare this count with the server's.
    window.centenaryShareTexts = { weightedLength: weightedLength };
}());
