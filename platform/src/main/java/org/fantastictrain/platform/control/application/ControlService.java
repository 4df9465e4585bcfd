package org.fantastictrain.platform.control.application;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.fantastictrain.platform.control.application.port.in.AlarmQuery;
import org.fantastictrain.platform.control.application.port.in.AlarmWithDeliveries;
import org.fantastictrain.platform.control.application.port.in.ControlResult;
import org.fantastictrain.platform.control.application.port.in.DeliverAlarmsUseCase;
import org.fantastictrain.platform.control.application.port.in.DeliveryRound;
import org.fantastictrain.platform.control.application.port.in.RefreshEvaluationsUseCase;
import org.fantastictrain.platform.control.application.port.in.RunControlUseCase;
import org.fantastictrain.platform.control.application.port.out.ActualsPort;
import org.fantastictrain.platform.control.application.port.out.AlarmStore;
import org.fantastictrain.platform.control.application.port.out.ChampionReferencePort;
import org.fantastictrain.platform.control.application.port.out.ControlGaugesPort;
import org.fantastictrain.platform.control.application.port.out.ControlRunStore;
import org.fantastictrain.platform.control.application.port.out.EvaluationStore;
import org.fantastictrain.platform.control.application.port.out.RetrainPort;
import org.fantastictrain.platform.control.domain.Alarm;
import org.fantastictrain.platform.control.domain.AlarmPlan;
import org.fantastictrain.platform.control.domain.AlarmState;
import org.fantastictrain.platform.control.domain.Check;
import org.fantastictrain.platform.control.domain.CriteriaEvaluator;
import org.fantastictrain.platform.control.domain.Severity;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** The control run: evaluations, criteria, alarm transitions, delivery. */
public class ControlService implements RunControlUseCase, RefreshEvaluationsUseCase, AlarmQuery {
    private static final Logger log = LoggerFactory.getLogger(ControlService.class);
    /** Evaluating "everything up to the as-of day" starts here. */
    private static final LocalDate BEGINNING = LocalDate.of(1900, 1, 1);

    private final ControlSettings settings;
    private final EvaluationStore evaluations;
    private final ControlRunStore runs;
    private final AlarmStore alarms;
    private final List<String> channels;
    private final DeliverAlarmsUseCase delivery;
    private final RetrainPort retrain;
    private final ControlGaugesPort gauges;
    private final Clock clock;
    private final EvidenceCollector evidence;
    private final CriteriaEvaluator criteria;

    public ControlService(
            ControlSettings settings,
            EvaluationStore evaluations,
            ActualsPort actuals,
            ChampionReferencePort champions,
            ControlRunStore runs,
            AlarmStore alarms,
            List<String> channels,
            DeliverAlarmsUseCase delivery,
            RetrainPort retrain,
            ControlGaugesPort gauges,
            Clock clock) {
        this.settings = settings;
        this.evaluations = evaluations;
        this.runs = runs;
        this.alarms = alarms;
        this.channels = List.copyOf(channels);
        this.delivery = delivery;
        this.retrain = retrain;
        this.gauges = gauges;
        this.clock = clock;
        this.evidence = new EvidenceCollector(evaluations, actuals, champions, settings.policy());
        this.criteria = new CriteriaEvaluator(settings.policy());
    }

    @Override
    public int refresh(LocalDate from, LocalDate to) {
        int written = evaluations.refresh(from, to, clock.instant());
        log.info("Control: {} forecast evaluations written for {}..{}", written, from, to);
        return written;
    }

    @Override
    public ControlResult run(LocalDate asOf, String trigger) {
        Instant started = clock.instant();
        long runId = runs.start(asOf, trigger, started);
        int written = evaluations.refresh(BEGINNING, asOf, started);
        List<Check> allChecks = new ArrayList<>();
        List<Alarm> fired = new ArrayList<>();
        List<Alarm> resolved = new ArrayList<>();
        for (String series : settings.series()) {
            List<Check> checks = criteria.evaluate(evidence.collect(series, asOf));
            runs.saveChecks(runId, asOf, checks, started);
            allChecks.addAll(checks);
            Transition t = transition(series, checks, asOf, started);
            fired.addAll(t.fired());
            resolved.addAll(t.resolved());
        }
        gauges.publish(allChecks);
        for (Alarm a : fired) {
            log.warn(
                    "ALARM FIRING {} {} {}: {}",
                    a.series(),
                    a.criterion().id(),
                    a.severity().label(),
                    a.description());
        }
        for (Alarm a : resolved) {
            log.info(
                    "ALARM RESOLVED {} {} {}",
                    a.series(),
                    a.criterion().id(),
                    a.severity().label());
        }
        if (settings.retrainOnCritical()) {
            fired.stream()
                    .filter(a -> a.severity() == Severity.CRITICAL)
                    .map(Alarm::series)
                    .distinct()
                    .forEach(this::retrain);
        }
        DeliveryRound round = delivery.deliverDue();
        List<Alarm> firing = alarms.find(Optional.of(AlarmState.FIRING), Optional.empty()).stream()
                .map(AlarmWithDeliveries::alarm)
                .toList();
        Map<String, Object> summary = new LinkedHashMap<>();
        summary.put("evaluations_written", written);
        summary.put("checks", allChecks.size());
        summary.put("fired", fired.size());
        summary.put("resolved", resolved.size());
        summary.put("firing", firing.size());
        runs.finish(runId, summary, clock.instant());
        return new ControlResult(runId, asOf, written, allChecks, fired, resolved, firing, round);
    }

    private void retrain(String series) {
        try {
            log.info("Control: critical alarm on {}: starting a training run", series);
            retrain.retrain(series);
        } catch (RuntimeException e) {
            log.warn("Control: retraining {} after a critical alarm failed: {}", series, e.toString());
        }
    }

    private record Transition(List<Alarm> fired, List<Alarm> resolved) {}

    private Transition transition(String series, List<Check> checks, LocalDate asOf, Instant now) {
        AlarmPlan plan = AlarmPlan.of(alarms.firing(series), checks);
        if (plan.fire().isEmpty() && plan.refresh().isEmpty() && plan.resolve().isEmpty()) {
            return new Transition(List.of(), List.of());
        }
        List<Alarm> toFire =
                plan.fire().stream().map(c -> newAlarm(c, asOf, now)).toList();
        List<Alarm> seen = plan.refresh().entrySet().stream()
                .map(e -> seenAgain(e.getKey(), e.getValue(), asOf, now))
                .toList();
        List<Alarm> toResolve =
                plan.resolve().stream().map(a -> resolvedAlarm(a, asOf, now)).toList();
        List<Alarm> fired = alarms.apply(toFire, seen, toResolve, channels, now);
        return new Transition(fired, toResolve);
    }

    private Alarm newAlarm(Check c, LocalDate asOf, Instant now) {
        Severity severity = c.verdict().severity().orElseThrow();
        return new Alarm(
                0,
                c.series(),
                c.criterion(),
                severity,
                AlarmState.FIRING,
                c.modelVersion(),
                c.windowDays(),
                c.observed(),
                thresholdOf(c, severity),
                AlarmTexts.summary(c, severity),
                AlarmTexts.description(c, severity, asOf),
                settings.reportUrl(c.series()),
                now,
                now,
                null,
                asOf,
                asOf);
    }

    private static Alarm seenAgain(Alarm a, Check c, LocalDate asOf, Instant now) {
        return new Alarm(
                a.id(),
                a.series(),
                a.criterion(),
                a.severity(),
                AlarmState.FIRING,
                a.modelVersion(),
                c.windowDays(),
                c.observed(),
                thresholdOf(c, a.severity()),
                a.summary(),
                AlarmTexts.description(c, a.severity(), asOf),
                a.reportUrl(),
                a.firstSeenAt(),
                now,
                null,
                a.firstSeenAsOf(),
                asOf);
    }

    private static Alarm resolvedAlarm(Alarm a, LocalDate asOf, Instant now) {
        return new Alarm(
                a.id(),
                a.series(),
                a.criterion(),
                a.severity(),
                AlarmState.RESOLVED,
                a.modelVersion(),
                a.windowDays(),
                a.observed(),
                a.threshold(),
                a.summary(),
                a.description(),
                a.reportUrl(),
                a.firstSeenAt(),
                a.lastSeenAt(),
                now,
                a.firstSeenAsOf(),
                a.lastSeenAsOf());
    }

    private static Double thresholdOf(Check c, Severity severity) {
        return severity == Severity.CRITICAL && c.criticalThreshold() != null ? c.criticalThreshold() : c.threshold();
    }

    @Override
    public List<AlarmWithDeliveries> alarms(Optional<AlarmState> state, Optional<String> series) {
        return alarms.find(state, series);
    }

    static String format(Double v) {
        return v == null ? "n/a" : String.format(Locale.ROOT, "%.3g", v);
    }
}
