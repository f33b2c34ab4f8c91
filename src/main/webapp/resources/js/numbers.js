/*
 * Figures in the reader's format (thousands separators): PrimeFaces writes a paginator's report ("1-25 of 100000")
 * with bare numbers, on the server and again in the browser after each page. Latin digits in every language, as the
 * server formats them (docs/languages.md).
 */
(function () {
    if (!window.PrimeFaces || !PrimeFaces.widget || !PrimeFaces.widget.Paginator) {
        return;
    }
    var language = document.documentElement.lang || 'en';
    var numbers = new Intl.NumberFormat(language + '-u-nu-latn');
    function localise(paginator) {
        var report = paginator.currentReport;
        if (report && report.length) {
            report.text(report.text().replace(/\d+/g, function (digits) {
                return numbers.format(Number(digits));
            }));
        }
    }
    var paginator = PrimeFaces.widget.Paginator.prototype;
    var init = paginator.init;
    var updateUI = paginator.updateUI;
    paginator.init = function () {
        init.apply(this, arguments);
        localise(this);
    };
    paginator.updateUI = function () {
        updateUI.apply(this, arguments);
        localise(this);
    };
})();
