package org.fantastictrain.platform.control.application;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.fantastictrain.platform.control.application.port.out.ActualsPort;
import org.fantastictrain.platform.control.application.port.out.ChampionReferencePort;
import org.fantastictrain.platform.control.application.port.out.EvaluationStore;
import org.fantastictrain.platform.control.domain.ChampionReference;
import org.fantastictrain.platform.control.domain.ControlPolicy;
import org.fantastictrain.platform.control.domain.EvaluatedPoint;
import org.fantastictrain.platform.control.domain.SeriesEvidence;

/** Reads what the criteria of one series look at on one day. */
class EvidenceCollector {
    private static final int MISSING_SAMPLE = 10;

    private final EvaluationStore evaluations;
    private final ActualsPort actuals;
    private final ChampionReferencePort champions;
    private final ControlPolicy policy;

    EvidenceCollector(
            EvaluationStore evaluations, ActualsPort actuals, ChampionReferencePort champions, ControlPolicy policy) {
        this.evaluations = evaluations;
        this.actuals = actuals;
        this.champions = champions;
        this.policy = policy;
    }

    SeriesEvidence collect(String series, LocalDate asOf) {
        ChampionReference champion = champions.champion(series).orElse(null);
        Map<Integer, SeriesEvidence.Window> windows = new LinkedHashMap<>();
        int longest = 0;
        for (int w : policy.windows()) {
            LocalDate from = asOf.minusDays(w - 1L);
            // The criteria judge the daily vintages: one forecast per issue day and lead, whatever was served.
            List<EvaluatedPoint> points = evaluations.points(series, from, asOf, Optional.of("vintage")).stream()
                    .filter(p -> p.leadDays() <= policy.horizonDays())
                    .toList();
            windows.put(w, new SeriesEvidence.Window(w, points, actuals.values(series, from, asOf)));
            longest = Math.max(longest, w);
        }
        // The reference is what the champion learnt from: the days before its training end. Without a
        // champion, the days before the longest window.
        LocalDate referenceTo = champion != null ? champion.trainingEnd() : asOf.minusDays(longest);
        LocalDate referenceFrom = referenceTo.minusDays(policy.referenceDays() - 1L);
        double[] reference = actuals.values(series, referenceFrom, referenceTo);
        LocalDate last = actuals.lastDay(series, asOf).orElse(null);
        List<LocalDate> missing = last == null
                ? List.of()
                : actuals.missingDays(series, last.minusDays(policy.gapLookbackDays() - 1L), last);
        return new SeriesEvidence(
                series,
                asOf,
                champion,
                windows,
                referenceFrom,
                referenceTo,
                reference,
                last,
                missing.size(),
                missing.subList(0, Math.min(MISSING_SAMPLE, missing.size())));
    }
}
