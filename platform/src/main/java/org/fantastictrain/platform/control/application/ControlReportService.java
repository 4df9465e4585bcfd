package org.fantastictrain.platform.control.application;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.fantastictrain.platform.control.application.port.in.ControlReport;
import org.fantastictrain.platform.control.application.port.in.ControlReportQuery;
import org.fantastictrain.platform.control.application.port.out.ChampionReferencePort;
import org.fantastictrain.platform.control.application.port.out.ControlRunStore;
import org.fantastictrain.platform.control.application.port.out.EvaluationStore;
import org.fantastictrain.platform.control.domain.ChampionReference;
import org.fantastictrain.platform.control.domain.ErrorSummary;
import org.fantastictrain.platform.control.domain.EvaluatedPoint;
import org.fantastictrain.platform.control.domain.LeadBucket;

/** Builds the control report from the stored evaluations, as of today on the business clock. */
public class ControlReportService implements ControlReportQuery {

    private final ControlSettings settings;
    private final EvaluationStore evaluations;
    private final ChampionReferencePort champions;
    private final ControlRunStore runs;
    private final Clock clock;

    public ControlReportService(
            ControlSettings settings,
            EvaluationStore evaluations,
            ChampionReferencePort champions,
            ControlRunStore runs,
            Clock clock) {
        this.settings = settings;
        this.evaluations = evaluations;
        this.champions = champions;
        this.runs = runs;
        this.clock = clock;
    }

    @Override
    public ControlReport report(String series, Optional<Integer> window) {
        LocalDate asOf = LocalDate.now(clock);
        ChampionReference champion = champions.champion(series).orElse(null);
        List<Integer> windows = window.map(List::of).orElse(settings.policy().windows());
        List<LeadBucket> buckets = LeadBucket.standard(settings.policy().horizonDays());
        List<ControlReport.WindowReport> reports = new ArrayList<>();
        for (int w : windows) {
            LocalDate from = asOf.minusDays(w - 1L);
            List<EvaluatedPoint> points = evaluations.points(series, from, asOf, Optional.empty());
            Map<String, List<EvaluatedPoint>> groups = new LinkedHashMap<>();
            points.stream()
                    .sorted(Comparator.comparing(EvaluatedPoint::source).thenComparing(EvaluatedPoint::modelVersion))
                    .forEach(p -> groups.computeIfAbsent(
                                    p.source() + "\u0000" + p.modelVersion(), k -> new ArrayList<>())
                            .add(p));
            List<ControlReport.Line> lines = new ArrayList<>();
            for (List<EvaluatedPoint> group : groups.values()) {
                EvaluatedPoint first = group.get(0);
                for (LeadBucket b : buckets) {
                    List<EvaluatedPoint> in =
                            group.stream().filter(p -> b.contains(p.leadDays())).toList();
                    if (!in.isEmpty()) {
                        lines.add(new ControlReport.Line(
                                first.source(),
                                first.modelVersion(),
                                b.label(),
                                ErrorSummary.of(in),
                                champion == null ? null : champion.backtestRmse(b)));
                    }
                }
            }
            reports.add(new ControlReport.WindowReport(w, from, asOf, lines));
        }
        return new ControlReport(series, asOf, champion, reports, runs.latestChecks(series));
    }
}
