package org.fantastictrain.platform.control.adapter.in.web;

import java.time.LocalDate;
import java.util.List;
import org.fantastictrain.platform.control.application.port.in.ControlReport;
import org.fantastictrain.platform.control.domain.ChampionReference;
import org.fantastictrain.platform.control.domain.ErrorSummary;

/** {@code GET /api/v1/control/report}: windowed accuracy per source, model version and lead time. */
public record ControlReportResponse(
        String series, LocalDate asOf, Champion champion, List<Window> windows, List<CheckResponse> checks) {

    public record Champion(int version, LocalDate trainingEnd, Double backtestRmse, Double backtestRmseLeads1To7) {}

    public record Window(int days, LocalDate from, LocalDate to, List<Metrics> metrics) {}

    /**
     * @param source vintage (daily job) or served (HTTP, /invocations, CLI)
     * @param lead lead time in days: "1", "7" or the full horizon "1-30"
     * @param bias mean of forecast minus actual
     * @param mape a fraction; null when an actual is zero
     * @param rmseRatio rmse / championBacktestRmse
     */
    public record Metrics(
            String source,
            int modelVersion,
            String lead,
            int count,
            Double rmse,
            Double mae,
            Double bias,
            Double mape,
            Double coverage,
            Double nominalCoverage,
            Double championBacktestRmse,
            Double rmseRatio) {}

    static ControlReportResponse of(ControlReport r) {
        ChampionReference c = r.champion();
        return new ControlReportResponse(
                r.series(),
                r.asOf(),
                c == null
                        ? null
                        : new Champion(c.version(), c.trainingEnd(), c.backtestRmse(), c.backtestRmseFirstWeek()),
                r.windows().stream()
                        .map(w -> new Window(
                                w.days(),
                                w.from(),
                                w.to(),
                                w.lines().stream()
                                        .map(ControlReportResponse::metrics)
                                        .toList()))
                        .toList(),
                r.latestChecks().stream().map(CheckResponse::of).toList());
    }

    private static Metrics metrics(ControlReport.Line l) {
        ErrorSummary m = l.metrics();
        Double ratio = l.championBacktestRmse() == null || l.championBacktestRmse() <= 0
                ? null
                : finite(m.rmse() / l.championBacktestRmse());
        return new Metrics(
                l.source(),
                l.modelVersion(),
                l.lead(),
                m.count(),
                finite(m.rmse()),
                finite(m.mae()),
                finite(m.bias()),
                finite(m.mape()),
                finite(m.coverage()),
                finite(m.nominalCoverage()),
                l.championBacktestRmse(),
                ratio);
    }

    private static Double finite(double v) {
        return Double.isFinite(v) ? v : null;
    }
}
