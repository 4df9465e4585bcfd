package org.fantastictrain.platform.training.adapter.in.web;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.fantastictrain.platform.training.domain.CandidateSpec;
import org.fantastictrain.platform.training.domain.FoldPlan;
import org.fantastictrain.platform.training.domain.TrainingRun;

/** A training run as the API shows it. */
public record TrainingRunResponse(
        long id,
        String series,
        String trigger,
        String status,
        String decision,
        String reason,
        String failureKind,
        Instant startedAt,
        Instant finishedAt,
        Data data,
        String metric,
        Folds folds,
        Challenger challenger,
        ChampionSide champion,
        Baseline baseline,
        List<Candidate> candidates) {

    public record Data(LocalDate start, LocalDate end, Integer rows, String fingerprint) {}

    public record Fold(int fold, LocalDate cutoff, LocalDate end) {}

    public record Folds(int horizonDays, int periodDays, List<Fold> cutoffs) {
        static Folds of(FoldPlan p) {
            return p == null
                    ? null
                    : new Folds(
                            p.horizonDays(),
                            p.periodDays(),
                            p.folds().stream()
                                    .map(f -> new Fold(f.index(), f.cutoff(), f.end()))
                                    .toList());
        }
    }

    public record Configuration(String algorithm, Map<String, Object> parameters) {
        static Configuration of(CandidateSpec s) {
            return s == null ? null : new Configuration(s.algorithm(), s.parameters());
        }
    }

    public record Challenger(Integer version, Configuration configuration, String algorithm, MetricsResponse metrics) {}

    /**
     * @param metrics the champion's configuration refitted on the same folds
     * @param frozen its stored model on the fold days after its training end (null when too few)
     */
    public record ChampionSide(
            int version, Configuration configuration, LocalDate trainingEnd, MetricsResponse metrics, Frozen frozen) {}

    public record Frozen(int unseenDays, MetricsResponse metrics, MetricsResponse challengerMetrics) {}

    public record Baseline(String algorithm, MetricsResponse metrics) {}

    public record Candidate(Configuration configuration, Double value, String error) {}

    public static TrainingRunResponse of(TrainingRun r) {
        var c = r.challenger();
        var ch = r.champion();
        return new TrainingRunResponse(
                r.id(),
                r.series(),
                r.trigger(),
                r.status().name(),
                r.decision() == null ? null : r.decision().name(),
                r.reason(),
                r.failureKind() == null ? null : r.failureKind().name(),
                r.startedAt(),
                r.finishedAt(),
                r.dataStart() == null ? null : new Data(r.dataStart(), r.dataEnd(), r.rows(), r.dataFingerprint()),
                r.metric(),
                Folds.of(r.folds()),
                c == null
                        ? null
                        : new Challenger(
                                c.version(),
                                Configuration.of(c.configuration()),
                                c.algorithm(),
                                MetricsResponse.of(c.scores())),
                ch == null
                        ? null
                        : new ChampionSide(
                                ch.version(),
                                Configuration.of(ch.configuration()),
                                ch.trainingEnd(),
                                MetricsResponse.of(ch.refit()),
                                ch.frozen() == null
                                        ? null
                                        : new Frozen(
                                                ch.unseenDays(),
                                                MetricsResponse.of(ch.frozen()),
                                                MetricsResponse.of(ch.challengerOnUnseen()))),
                r.baseline() == null ? null : new Baseline("snaive", MetricsResponse.of(r.baseline())),
                r.candidates() == null
                        ? null
                        : r.candidates().stream()
                                .map(k -> new Candidate(Configuration.of(k.configuration()), k.value(), k.error()))
                                .toList());
    }
}
