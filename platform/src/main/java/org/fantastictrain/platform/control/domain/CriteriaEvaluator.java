package org.fantastictrain.platform.control.domain;

import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Evaluates every criterion on the evidence of one series. Pure: same evidence, same checks. */
public final class CriteriaEvaluator {

    private final ControlPolicy policy;

    public CriteriaEvaluator(ControlPolicy policy) {
        this.policy = policy;
    }

    public List<Check> evaluate(SeriesEvidence e) {
        List<Check> checks = new ArrayList<>();
        Integer version = e.champion() == null ? null : e.champion().version();
        for (int w : policy.windows()) {
            SeriesEvidence.Window window = e.windows().get(w);
            ErrorSummary errors = ErrorSummary.of(window.points());
            checks.add(rmseDeviation(e, w, version, errors));
            checks.add(forecastBias(e, w, version, errors));
            checks.add(coverage(e, w, version, errors));
            checks.add(meanShift(e, w, version, window.actuals()));
            checks.add(ks(e, w, version, window.actuals()));
            checks.add(psi(e, w, version, window.actuals()));
        }
        checks.add(freshness(e, version));
        checks.add(gaps(e, version));
        return checks;
    }

    private Check rmseDeviation(SeriesEvidence e, int w, Integer version, ErrorSummary errors) {
        Map<String, Object> d = new LinkedHashMap<>();
        d.put("points", errors.count());
        Double backtest =
                e.champion() == null ? null : e.champion().backtestRmse(LeadBucket.horizon(policy.horizonDays()));
        d.put("backtest_rmse", backtest);
        if (errors.count() < policy.minPoints() || backtest == null || backtest <= 0) {
            d.put(
                    "reason",
                    backtest == null
                            ? "no champion backtest RMSE"
                            : "fewer than " + policy.minPoints() + " evaluated forecasts");
            return insufficient(
                    e, Criterion.RMSE_DEVIATION, w, version, policy.rmseWarning(), policy.rmseCritical(), d);
        }
        d.put("rmse", errors.rmse());
        double ratio = errors.rmse() / backtest;
        return above(e, Criterion.RMSE_DEVIATION, w, version, ratio, policy.rmseWarning(), policy.rmseCritical(), d);
    }

    private Check forecastBias(SeriesEvidence e, int w, Integer version, ErrorSummary errors) {
        Map<String, Object> d = new LinkedHashMap<>();
        d.put("points", errors.count());
        Double backtest =
                e.champion() == null ? null : e.champion().backtestRmse(LeadBucket.horizon(policy.horizonDays()));
        d.put("backtest_rmse", backtest);
        if (errors.count() < policy.minPoints() || backtest == null || backtest <= 0) {
            d.put(
                    "reason",
                    backtest == null
                            ? "no champion backtest RMSE"
                            : "fewer than " + policy.minPoints() + " evaluated forecasts");
            return insufficient(e, Criterion.FORECAST_BIAS, w, version, policy.biasWarning(), policy.biasCritical(), d);
        }
        d.put("mean_forecast", errors.meanForecast());
        d.put("mean_actual", errors.meanActual());
        d.put("bias", errors.bias());
        // |mean forecast - mean actual| in units of the error the champion was expected to make.
        double observed = Math.abs(errors.bias()) / backtest;
        return above(e, Criterion.FORECAST_BIAS, w, version, observed, policy.biasWarning(), policy.biasCritical(), d);
    }

    private Check coverage(SeriesEvidence e, int w, Integer version, ErrorSummary errors) {
        Map<String, Object> d = new LinkedHashMap<>();
        d.put("points", errors.count());
        if (errors.count() < policy.minPoints()) {
            d.put("reason", "fewer than " + policy.minPoints() + " evaluated forecasts");
            return insufficient(e, Criterion.COVERAGE, w, version, null, null, d);
        }
        double nominal = errors.nominalCoverage();
        double warning = nominal - policy.coverageWarningDrop();
        double critical = nominal - policy.coverageCriticalDrop();
        d.put("nominal", nominal);
        Verdict v = errors.coverage() < critical
                ? Verdict.CRITICAL
                : errors.coverage() < warning ? Verdict.WARNING : Verdict.OK;
        return new Check(e.series(), Criterion.COVERAGE, w, version, errors.coverage(), warning, critical, v, d);
    }

    private Check meanShift(SeriesEvidence e, int w, Integer version, double[] recent) {
        Map<String, Object> d = referenceDetail(e, recent);
        if (recent.length < policy.meanShiftMinSamples() || e.reference().length < policy.meanShiftMinSamples()) {
            d.put("reason", "fewer than " + policy.meanShiftMinSamples() + " actuals in a window");
            return insufficient(
                    e, Criterion.MEAN_SHIFT, w, version, policy.meanShiftWarning(), policy.meanShiftCritical(), d);
        }
        WelchTTest test = WelchTTest.of(recent, e.reference());
        d.put("recent_mean", test.meanA());
        d.put("reference_mean", test.meanB());
        d.put("t", finite(test.t()));
        d.put("p_value", test.pValue());
        d.put("alpha", policy.meanShiftAlpha());
        double change = test.meanB() == 0
                ? (test.meanA() == 0 ? 0 : Double.POSITIVE_INFINITY)
                : Math.abs(test.meanA() - test.meanB()) / Math.abs(test.meanB());
        d.put(
                "relative_change",
                finite(test.meanB() == 0 ? change : (test.meanA() - test.meanB()) / Math.abs(test.meanB())));
        Verdict v = Verdict.OK;
        if (test.pValue() < policy.meanShiftAlpha()) {
            v = change > policy.meanShiftCritical()
                    ? Verdict.CRITICAL
                    : change > policy.meanShiftWarning() ? Verdict.WARNING : Verdict.OK;
        }
        return new Check(
                e.series(),
                Criterion.MEAN_SHIFT,
                w,
                version,
                finite(change),
                policy.meanShiftWarning(),
                policy.meanShiftCritical(),
                v,
                d);
    }

    private Check ks(SeriesEvidence e, int w, Integer version, double[] recent) {
        Map<String, Object> d = referenceDetail(e, recent);
        if (recent.length < policy.driftMinSamples() || e.reference().length < policy.driftMinSamples()) {
            d.put("reason", "fewer than " + policy.driftMinSamples() + " actuals in a window");
            return insufficient(e, Criterion.DISTRIBUTION_KS, w, version, policy.ksAlpha(), null, d);
        }
        KolmogorovSmirnov ks = KolmogorovSmirnov.of(recent, e.reference());
        d.put("statistic", ks.statistic());
        // Observed is the p-value: the check warns when it falls below alpha.
        Verdict v = ks.pValue() < policy.ksAlpha() ? Verdict.WARNING : Verdict.OK;
        return new Check(e.series(), Criterion.DISTRIBUTION_KS, w, version, ks.pValue(), policy.ksAlpha(), null, v, d);
    }

    private Check psi(SeriesEvidence e, int w, Integer version, double[] recent) {
        Map<String, Object> d = referenceDetail(e, recent);
        if (recent.length < policy.driftMinSamples() || e.reference().length < policy.driftMinSamples()) {
            d.put("reason", "fewer than " + policy.driftMinSamples() + " actuals in a window");
            return insufficient(
                    e, Criterion.DISTRIBUTION_PSI, w, version, policy.psiWarning(), policy.psiCritical(), d);
        }
        PopulationStabilityIndex psi = PopulationStabilityIndex.of(e.reference(), recent, policy.psiBins());
        d.put("bins", policy.psiBins());
        return above(
                e, Criterion.DISTRIBUTION_PSI, w, version, psi.value(), policy.psiWarning(), policy.psiCritical(), d);
    }

    private Check freshness(SeriesEvidence e, Integer version) {
        Map<String, Object> d = new LinkedHashMap<>();
        d.put("as_of", e.asOf().toString());
        if (e.lastActual() == null) {
            d.put("reason", "no actuals loaded");
            return insufficient(
                    e,
                    Criterion.FRESHNESS,
                    null,
                    version,
                    (double) policy.freshnessWarningDays(),
                    (double) policy.freshnessCriticalDays(),
                    d);
        }
        d.put("last_actual", e.lastActual().toString());
        double age = ChronoUnit.DAYS.between(e.lastActual(), e.asOf());
        return above(
                e,
                Criterion.FRESHNESS,
                null,
                version,
                age,
                policy.freshnessWarningDays(),
                (double) policy.freshnessCriticalDays(),
                d);
    }

    private Check gaps(SeriesEvidence e, Integer version) {
        Map<String, Object> d = new LinkedHashMap<>();
        d.put("lookback_days", policy.gapLookbackDays());
        if (e.lastActual() == null) {
            d.put("reason", "no actuals loaded");
            return insufficient(e, Criterion.GAPS, null, version, (double) policy.gapWarningDays(), null, d);
        }
        d.put("missing_days", e.missingSample().stream().map(Object::toString).toList());
        Verdict v = e.missingDays() > policy.gapWarningDays() ? Verdict.WARNING : Verdict.OK;
        return new Check(
                e.series(),
                Criterion.GAPS,
                null,
                version,
                (double) e.missingDays(),
                (double) policy.gapWarningDays(),
                null,
                v,
                d);
    }

    private static Map<String, Object> referenceDetail(SeriesEvidence e, double[] recent) {
        Map<String, Object> d = new LinkedHashMap<>();
        d.put("recent_count", recent.length);
        d.put("reference_count", e.reference().length);
        d.put(
                "reference_from",
                e.referenceFrom() == null ? null : e.referenceFrom().toString());
        d.put("reference_to", e.referenceTo() == null ? null : e.referenceTo().toString());
        return d;
    }

    private static Check above(
            SeriesEvidence e,
            Criterion c,
            Integer w,
            Integer version,
            double observed,
            double warning,
            Double critical,
            Map<String, Object> d) {
        Verdict v = critical != null && observed > critical
                ? Verdict.CRITICAL
                : observed > warning ? Verdict.WARNING : Verdict.OK;
        return new Check(e.series(), c, w, version, finite(observed), warning, critical, v, d);
    }

    private static Check insufficient(
            SeriesEvidence e,
            Criterion c,
            Integer w,
            Integer version,
            Double warning,
            Double critical,
            Map<String, Object> d) {
        return new Check(e.series(), c, w, version, null, warning, critical, Verdict.INSUFFICIENT_DATA, d);
    }

    /** JSON has no infinity: the largest double stands for it. */
    private static double finite(double v) {
        if (Double.isInfinite(v)) {
            return v > 0 ? Double.MAX_VALUE : -Double.MAX_VALUE;
        }
        return v;
    }
}
