package org.fantastictrain.forecast.auto;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.function.Function;
import org.fantastictrain.forecast.FittedModel;
import org.fantastictrain.forecast.Forecast;
import org.fantastictrain.forecast.Forecaster;
import org.fantastictrain.forecast.NormalDistribution;
import org.fantastictrain.forecast.TimeSeries;

/**
 * The automatic default model: for each series, an internal backtest on the training history
 * chooses among candidate forecasters (a few Prophet-class configurations, ETS, seasonal naive)
 * or the equal-weight mean of the two best, by RMSE over all forecast days of all folds; the
 * chosen model is refitted on the whole history and its intervals calibrated on the backtest's
 * errors (see {@link AutoModel}). Deterministic: no randomness. Thread-safe and stateless.
 *
 * <p>Folds: cutoffs at {@code last - horizon - step * k} for {@code k = 0 .. folds - 1}, each
 * forecasting {@code horizon} days; folds whose training part is too short are skipped, and a
 * candidate that cannot fit a fold is dropped.
 */
public final class AutoForecaster implements Forecaster {
    /** The algorithm name stored with fitted models. */
    public static final String ALGORITHM = "auto";
    private static final double Z80 = NormalDistribution.quantile(0.9);

    private final Function<TimeSeries, List<Candidate>> candidates;
    private final int foldHorizon;
    private final int foldStep;
    private final int folds;

    /** A named candidate forecaster. */
    public record Candidate(String name, Forecaster forecaster) {
        public Candidate {
            Objects.requireNonNull(name);
            Objects.requireNonNull(forecaster);
        }
    }

    /**
     * @param candidates the candidates for a given history (so they may depend on its length)
     * @param foldHorizon days forecast by each internal fold
     * @param foldStep days between internal cutoffs
     * @param folds number of internal folds
     */
    public AutoForecaster(Function<TimeSeries, List<Candidate>> candidates, int foldHorizon, int foldStep, int folds) {
        this.candidates = Objects.requireNonNull(candidates);
        if (foldHorizon <= 0 || foldStep <= 0 || folds <= 0) {
            throw new IllegalArgumentException("fold horizon, step and count must be > 0");
        }
        this.foldHorizon = foldHorizon;
        this.foldStep = foldStep;
        this.folds = folds;
    }

    /** The default: {@link DefaultCandidates}, 5 folds of 60 days, 30 days apart. */
    public AutoForecaster() {
        this(DefaultCandidates::forHistory, 60, 30, 5);
    }

    @Override
    public String algorithm() {
        return ALGORITHM;
    }

    @Override
    public AutoModel fit(TimeSeries history) {
        Objects.requireNonNull(history, "history");
        long[] obs = observed(history);
        if (obs.length == 0) {
            throw new IllegalArgumentException("the history has no observed values (all missing)");
        }
        if (obs.length < DefaultCandidates.MIN_OBSERVED) {
            throw new IllegalArgumentException("too little history: " + obs.length + " observed days, need at least "
                + DefaultCandidates.MIN_OBSERVED);
        }
        double first = Double.NaN;
        boolean constant = true;
        for (int i = 0; i < history.size(); i++) {
            double v = history.y(i);
            if (!Double.isNaN(v)) {
                if (Double.isNaN(first)) {
                    first = v;
                } else if (v != first) {
                    constant = false;
                }
            }
        }
        if (constant) {
            throw new IllegalArgumentException("the history is constant (" + first + "): nothing to learn");
        }
        List<Candidate> cands = candidates.apply(history);
        if (cands.isEmpty()) {
            throw new IllegalArgumentException("no candidate model can fit this history");
        }
        long last = obs[obs.length - 1];
        long firstDay = obs[0];
        int horizon = (int) Math.min(foldHorizon, Math.max(1, (last - firstDay) / 4));

        // rows[c] holds y, yhat, spread for every forecast day of every fold, in the same order for all candidates
        List<List<double[]>> rows = new ArrayList<>();
        boolean[] alive = new boolean[cands.size()];
        Arrays.fill(alive, true);
        for (int c = 0; c < cands.size(); c++) {
            rows.add(new ArrayList<>());
        }
        for (int k = 0; k < folds; k++) {
            LocalDate cutoff = LocalDate.ofEpochDay(last - horizon - (long) foldStep * k);
            TimeSeries train = history.upTo(cutoff);
            TimeSeries test = history.between(cutoff, cutoff.plusDays(horizon));
            List<LocalDate> days = new ArrayList<>();
            List<Double> ys = new ArrayList<>();
            for (int i = 0; i < test.size(); i++) {
                if (!Double.isNaN(test.y(i))) {
                    days.add(test.ds(i));
                    ys.add(test.y(i));
                }
            }
            if (days.isEmpty() || observedCount(train) < DefaultCandidates.MIN_OBSERVED) {
                continue;
            }
            for (int c = 0; c < cands.size(); c++) {
                if (!alive[c]) {
                    continue;
                }
                try {
                    Forecast f = cands.get(c).forecaster().fit(train).predict(days, 0.8);
                    for (int i = 0; i < days.size(); i++) {
                        double spread = (f.yhatUpper()[i] - f.yhatLower()[i]) / (2 * Z80);
                        rows.get(c).add(new double[] {ys.get(i), f.yhat()[i], spread});
                    }
                } catch (IllegalArgumentException e) {
                    alive[c] = false;
                }
            }
        }
        List<Integer> ranked = new ArrayList<>();
        for (int c = 0; c < cands.size(); c++) {
            if (alive[c] && !rows.get(c).isEmpty()) {
                ranked.add(c);
            }
        }
        if (ranked.isEmpty()) {
            // no fold could be evaluated: fall back to the first candidate that fits, Gaussian intervals
            for (Candidate cand : cands) {
                try {
                    return new AutoModel(List.of(cand.forecaster().fit(history)), new double[] {1}, new double[0],
                        cand.name() + " (no backtest possible)");
                } catch (IllegalArgumentException e) {
                    // try the next one
                }
            }
            throw new IllegalArgumentException("no candidate model can fit this history");
        }
        double[] score = new double[cands.size()];
        for (int c : ranked) {
            score[c] = rmse(rows.get(c), null, 0);
        }
        ranked.sort(Comparator.comparingDouble(c -> score[c]));
        int best = ranked.get(0);
        List<Integer> chosen = List.of(best);
        List<double[]> chosenRows = rows.get(best);
        if (ranked.size() > 1) {
            int second = ranked.get(1);
            if (rows.get(second).size() == rows.get(best).size()) {
                double combo = rmse(rows.get(best), rows.get(second), 0.5);
                if (combo < score[best]) {
                    chosen = List.of(best, second);
                    chosenRows = average(rows.get(best), rows.get(second));
                }
            }
        }
        List<FittedModel> fitted = new ArrayList<>();
        StringBuilder name = new StringBuilder();
        for (int c : chosen) {
            fitted.add(cands.get(c).forecaster().fit(history));
            name.append(name.length() == 0 ? "" : " + ").append(cands.get(c).name());
        }
        double[] weights = new double[chosen.size()];
        Arrays.fill(weights, 1.0 / chosen.size());
        double[] errors = chosenRows.stream().filter(r -> r[2] > 0).mapToDouble(r -> (r[0] - r[1]) / r[2]).toArray();
        return new AutoModel(fitted, weights, errors, name.toString());
    }

    private static double rmse(List<double[]> a, List<double[]> b, double wb) {
        double s = 0;
        for (int i = 0; i < a.size(); i++) {
            double yhat = b == null ? a.get(i)[1] : (1 - wb) * a.get(i)[1] + wb * b.get(i)[1];
            double e = a.get(i)[0] - yhat;
            s += e * e;
        }
        return Math.sqrt(s / a.size());
    }

    private static List<double[]> average(List<double[]> a, List<double[]> b) {
        List<double[]> out = new ArrayList<>(a.size());
        for (int i = 0; i < a.size(); i++) {
            out.add(new double[] {a.get(i)[0], (a.get(i)[1] + b.get(i)[1]) / 2, (a.get(i)[2] + b.get(i)[2]) / 2});
        }
        return out;
    }

    private static long[] observed(TimeSeries s) {
        List<Long> d = new ArrayList<>();
        for (int i = 0; i < s.size(); i++) {
            if (!Double.isNaN(s.y(i))) {
                d.add(s.ds(i).toEpochDay());
            }
        }
        return d.stream().mapToLong(Long::longValue).toArray();
    }

    private static int observedCount(TimeSeries s) {
        int n = 0;
        for (int i = 0; i < s.size(); i++) {
            if (!Double.isNaN(s.y(i))) {
                n++;
            }
        }
        return n;
    }
}
