/*
 * Guardian's own page behaviour (docs/accessibility.md): the phone menu's button; focus on the first field in error
 * after a refused submit, so a keyboard or screen-reader user lands where the correction is needed; button groups
 * that are announced as radio groups behave as radio groups (arrow keys move and choose, one Tab stop); the date
 * pickers' buttons say what they do.
 */
(function () {
    "use strict";

    function toggleMenu(button) {
        var open = button.getAttribute("aria-expanded") !== "true";
        button.setAttribute("aria-expanded", open ? "true" : "false");
        document.getElementById("main-menu").classList.toggle("app-menu-open", open);
    }

    /** After a submit the page refused (not after other requests: the user may be busy elsewhere on the form). */
    function focusFirstError() {
        var active = document.activeElement;
        var afterSubmit = !active || active === document.body
            || (active.matches && active.matches("button[type='submit'], input[type='submit']"));
        if (!afterSubmit) {
            return;
        }
        var first = document.querySelector("#content [aria-invalid='true'], #content .app-field .ui-message-error,"
            + " #content .ui-state-error:not(.ui-message):not(.ui-messages-error)");
        if (!first) {
            return;
        }
        var field = first.closest(".app-field");
        var target = first.matches("input, textarea, select, [tabindex]") ? first : field && field.querySelector(
            "input:not([type='hidden']):not([inert]), textarea, select,"
            + " [tabindex='0']");
        if (target && target.offsetParent !== null) {
            target.focus();
        }
    }

    var OPTION = ".ui-selectonebutton .ui-button";

    function options(group) {
        return Array.prototype.slice.call(group.querySelectorAll(".ui-button")).filter(function (b) {
            return !b.classList.contains("ui-state-disabled");
        });
    }

    /** One Tab stop per group: the chosen option, or the first when none is chosen. */
    function rove(root) {
        Array.prototype.forEach.call((root || document).querySelectorAll(".ui-selectonebutton"), function (group) {
            var all = options(group);
            var chosen = all.filter(function (b) { return b.classList.contains("ui-state-active"); })[0] || all[0];
            all.forEach(function (b) {
                b.setAttribute("tabindex", b === chosen ? "0" : "-1");
                if (b.getAttribute("role") === "radio") {
                    b.setAttribute("aria-checked", b.classList.contains("ui-state-active") ? "true" : "false");
                }
            });
        });
    }

    function arrow(event) {
        var keys = {ArrowRight: 1, ArrowDown: 1, ArrowLeft: -1, ArrowUp: -1};
        var step = keys[event.key];
        var option = step && event.target.closest && event.target.closest(OPTION);
        if (!option) {
            return;
        }
        var all = options(option.closest(".ui-selectonebutton"));
        var rtl = getComputedStyle(option).direction === "rtl" && (event.key === "ArrowLeft" || event.key === "ArrowRight");
        var next = all[(all.indexOf(option) + (rtl ? -step : step) + all.length) % all.length];
        event.preventDefault();
        next.click();
        next.focus();
        rove(next.closest(".ui-selectonebutton").parentNode);
    }

    function each(selector, action) {
        Array.prototype.forEach.call(document.querySelectorAll(selector), action);
    }

    /** PrimeFaces names its date buttons "ui-button" (their hidden text): they say what they do instead. */
    function nameDateButtons() {
        var label = document.body.getAttribute("data-choose-date");
        each(".ui-datepicker-trigger", function (button) {
            if (label) {
                button.setAttribute("aria-label", label);
                button.setAttribute("title", label);
                Array.prototype.forEach.call(button.querySelectorAll(".ui-button-text"), function (text) {
                    text.textContent = label;
                });
            }
        });
    }

    /**
     * What PrimeFaces' markup gets wrong for assistive technology: the hidden native radio inside a button that is
     * itself announced as a radio (made inert: it is still submitted), aria-checked on layout cells of radio lists,
     * and messages whose list items are alerts (their box is the live region instead).
     */
    function repairMarkup() {
        each(".ui-selectonebutton [role='radio'] > input[type='radio']", function (input) {
            input.setAttribute("inert", "");
            input.setAttribute("aria-hidden", "true");
        });
        each("[aria-checked]:not([role])", function (cell) {
            cell.removeAttribute("aria-checked");
        });
        each(".ui-messages ul > li[role='alert']", function (item) {
            item.removeAttribute("role");
            item.parentNode.parentNode.setAttribute("role", "alert");
        });
        each(".app-chart[data-label] canvas", function (canvas) {
            var chart = canvas.closest(".app-chart");
            canvas.setAttribute("role", "img");
            canvas.setAttribute("aria-label", chart.getAttribute("data-label"));
            if (chart.getAttribute("data-table")) {
                canvas.setAttribute("aria-describedby", chart.getAttribute("data-table"));
            }
        });
    }

    /**
     * The field's own label points at a radio group's first option: clicking it checks that native radio, which
     * PrimeFaces does not see, and the option looked empty although chosen. Show it chosen as PrimeFaces would.
     */
    function showRadioChosenByOuterLabel(event) {
        var input = event.target;
        if (!input.matches || !input.matches(".ui-selectoneradio input[type='radio']") || !input.checked) {
            return;
        }
        var box = input.parentNode && input.parentNode.nextElementSibling;
        var group = input.closest(".ui-selectoneradio");
        var widget = group && window.PrimeFaces && PrimeFaces.getWidgetById && PrimeFaces.getWidgetById(group.id);
        if (!box || !box.classList.contains("ui-radiobutton-box") || box.classList.contains("ui-state-active")
                || !widget) {
            return;
        }
        widget.unselect(widget.checkedRadio);
        widget.select(window.jQuery(box));
    }

    function enhance() {
        repairMarkup();
        rove();
        nameDateButtons();
    }

    document.addEventListener("keydown", arrow);
    // PrimeFaces builds some widgets (date buttons) in jQuery's ready handlers, which run after DOMContentLoaded.
    document.addEventListener("DOMContentLoaded", enhance);
    if (window.jQuery) {
        window.jQuery(function () {
            window.setTimeout(enhance, 0);
        });
    }
    document.addEventListener("click", function (event) {
        if (event.target.closest && event.target.closest(OPTION)) {
            window.setTimeout(rove, 0);
        }
    });
    document.addEventListener("click", function (event) {
        var button = event.target.closest && event.target.closest("#menu-toggle");
        if (button) {
            toggleMenu(button);
        }
    });
    document.addEventListener("change", showRadioChosenByOuterLabel);
    document.addEventListener("DOMContentLoaded", focusFirstError);
    if (window.jQuery) {
        window.jQuery(document).on("pfAjaxComplete", function () {
            window.setTimeout(function () {
                enhance();
                focusFirstError();
            }, 0);
        });
    }
}());
