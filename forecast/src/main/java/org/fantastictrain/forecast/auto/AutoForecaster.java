package org.fantastictrain.forecast.auto;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;
import java.util.stream.IntStream;
import org.fantastictrain.forecast.FittedModel;
import org.fantastictrain.forecast.Forecast;
import org.fantastictrain.forecast.Forecaster;
import org.fantastictrain.forecast.TimeSeries;
import org.fantastictrain.forecast.baseline.NormalQuantile;
import org.fantastictrain.forecast.prophet.ProphetConfig;
import org.fantastictrain.forecast.prophet.ProphetForecaster;

/**
 * The automatic default model: for each series, an internal backtest on the training history
 * chooses among candidate forecasters (a few Prophet-class configurations, ETS, seasonal naive)
 * or the equal-weight mean of the two or three best, by RMSE over all forecast days of all folds; the
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

    private static final double Z80 = NormalQuantile.quantile(0.9);
    private static final double CALIBRATION_POOL = 1.10;

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

    /**
     * The default: {@link DefaultCandidates}, 10 folds of 60 days, 30 days apart, so the folds span
     * about a year and the calibration sees every season.
     */
    public AutoForecaster() {
        this(DefaultCandidates::forHistory, 60, 30, 10);
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

        // every (fold, candidate) pair is fitted independently, in parallel; results are assembled in
        // fold order, so rows[c] holds y, yhat, spread for the same days in the same order for all candidates
        int nc = cands.size();
        List<FoldData> foldData = new ArrayList<>();
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
            if (!days.isEmpty() && observedCount(train) >= DefaultCandidates.MIN_OBSERVED) {
                foldData.add(new FoldData(train, days, ys));
            }
        }
        // Prophet-class candidates share their design and Gram matrices within a fold (ProphetForecaster.fitAll)
        List<List<Integer>> groups = new ArrayList<>();
        List<Integer> prophets = new ArrayList<>();
        for (int c = 0; c < nc; c++) {
            if (cands.get(c).forecaster() instanceof ProphetForecaster) {
                prophets.add(c);
            } else {
                groups.add(List.of(c));
            }
        }
        if (!prophets.isEmpty()) {
            groups.add(0, prophets);
        }
        int ng = groups.size();
        List<List<double[]>> results = new ArrayList<>(java.util.Collections.nCopies(foldData.size() * nc, null));
        List<Map<Integer, List<double[]>>> groupResults = IntStream.range(0, foldData.size() * ng)
                .parallel()
                .mapToObj(task -> {
                    FoldData fold = foldData.get(task / ng);
                    List<Integer> group = groups.get(task % ng);
                    Map<Integer, List<double[]>> out = new HashMap<>();
                    List<FittedModel> models = new ArrayList<>();
                    try {
                        if (!prophets.isEmpty() && task % ng == 0) {
                            List<ProphetConfig> configs = group.stream()
                                    .map(c -> ((ProphetForecaster) cands.get(c).forecaster()).config())
                                    .toList();
                            models.addAll(ProphetForecaster.fitAll(configs, fold.train()));
                        } else {
                            models.add(cands.get(group.get(0)).forecaster().fit(fold.train()));
                        }
                    } catch (IllegalArgumentException e) {
                        return out; // every candidate of the group counts as failed on this fold
                    }
                    for (int m = 0; m < group.size(); m++) {
                        Forecast f = models.get(m).predict(fold.days(), 0.8);
                        List<double[]> r = new ArrayList<>(fold.days().size());
                        for (int i = 0; i < fold.days().size(); i++) {
                            double spread = (f.yhatUpper()[i] - f.yhatLower()[i]) / (2 * Z80);
                            r.add(new double[] {fold.ys().get(i), f.yhat()[i], spread});
                        }
                        out.put(group.get(m), r);
                    }
                    return out;
                })
                .toList();
        for (int task = 0; task < groupResults.size(); task++) {
            int fold = task / ng;
            for (Map.Entry<Integer, List<double[]>> e : groupResults.get(task).entrySet()) {
                results.set(fold * nc + e.getKey(), e.getValue());
            }
        }
        List<List<double[]>> rows = new ArrayList<>();
        boolean[] alive = new boolean[nc];
        Arrays.fill(alive, true);
        for (int c = 0; c < nc; c++) {
            rows.add(new ArrayList<>());
        }
        for (int task = 0; task < results.size(); task++) {
            int c = task % nc;
            if (results.get(task) == null) {
                alive[c] = false;
            } else {
                rows.get(c).addAll(results.get(task));
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
                    return new AutoModel(
                            List.of(cand.forecaster().fit(history)),
                            new double[] {1},
                            new double[0],
                            cand.name() + " (no backtest possible)");
                } catch (IllegalArgumentException e) {
                    // try the next one
                }
            }
            throw new IllegalArgumentException("no candidate model can fit this history");
        }
        double[] score = new double[cands.size()];
        for (int c : ranked) {
            score[c] = rmse(rows.get(c));
        }
        ranked.sort(Comparator.comparingDouble(c -> score[c]));
        // options: the best alone, the mean of the best two, of the best three; ties go to the simpler
        List<List<Integer>> options = new ArrayList<>();
        options.add(List.of(ranked.get(0)));
        if (ranked.size() > 1) {
            options.add(List.of(ranked.get(0), ranked.get(1)));
        }
        if (ranked.size() > 2) {
            options.add(List.of(ranked.get(0), ranked.get(1), ranked.get(2)));
        }
        List<Integer> chosen = null;
        List<double[]> chosenRows = null;
        double chosenScore = Double.POSITIVE_INFINITY;
        int size = rows.get(ranked.get(0)).size();
        for (List<Integer> option : options) {
            if (option.stream().anyMatch(c -> rows.get(c).size() != size)) {
                continue;
            }
            List<double[]> mean = average(option.stream().map(rows::get).toList());
            double optionScore = rmse(mean);
            if (optionScore < chosenScore) {
                chosen = option;
                chosenRows = mean;
                chosenScore = optionScore;
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
        // calibrate on the normalised errors of every option within 10 % of the winner's RMSE, not
        // only the winner's: its own backtest errors are optimistic, as it was chosen for them
        List<Double> pooled = new ArrayList<>();
        for (List<Integer> option : options) {
            if (option.stream().allMatch(c -> rows.get(c).size() == size)) {
                List<double[]> mean = average(option.stream().map(rows::get).toList());
                if (rmse(mean) <= CALIBRATION_POOL * chosenScore) {
                    for (double[] r : mean) {
                        if (r[2] > 0) {
                            pooled.add((r[0] - r[1]) / r[2]);
                        }
                    }
                }
            }
        }
        double[] errors = pooled.stream().mapToDouble(Double::doubleValue).toArray();
        return new AutoModel(fitted, weights, errors, name.toString());
    }

    private record FoldData(TimeSeries train, List<LocalDate> days, List<Double> ys) {}

    private static double rmse(List<double[]> rows) {
        double s = 0;
        for (double[] r : rows) {
            double e = r[0] - r[1];
            s += e * e;
        }
        return Math.sqrt(s / rows.size());
    }

    /** Equal-weight mean of the candidates' rows (same days in the same order). */
    private static List<double[]> average(List<List<double[]>> parts) {
        int k = parts.size();
        List<double[]> out = new ArrayList<>(parts.get(0).size());
        for (int i = 0; i < parts.get(0).size(); i++) {
            double yhat = 0;
            double spread = 0;
            for (List<double[]> part : parts) {
                yhat += part.get(i)[1];
                spread += part.get(i)[2];
            }
            out.add(new double[] {parts.get(0).get(i)[0], yhat / k, spread / k});
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
