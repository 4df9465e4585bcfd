package org.fantastictrain.forecast.auto;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import org.fantastictrain.forecast.FittedModel;
import org.fantastictrain.forecast.Forecast;
import org.fantastictrain.forecast.InputFrame;
import org.fantastictrain.forecast.baseline.NormalQuantile;
import org.fantastictrain.forecast.prophet.ProphetModel;

/**
 * The automatic model's fit: one model or an equal-weight combination of models, chosen by an
 * internal backtest, with intervals calibrated on that backtest. Immutable.
 *
 * <p>Point forecast: the weighted mean of the components' forecasts. Interval: each component's
 * own 80 % interval gives a spread {@code s = (upper - lower) / (2 z_0.9)}; the weighted spread is
 * multiplied by the empirical quantiles {@code (1 - width) / 2} and {@code (1 + width) / 2} of the
 * backtest's normalised errors {@code (y - yhat) / s} (split-conformal calibration; lead-time
 * growth comes from the components' spreads). With too few backtest errors the Gaussian quantile
 * is used.
 */
public final class AutoModel implements FittedModel {
    /** Minimum number of backtest errors for empirical calibration. */
    static final int MIN_CALIBRATION = 30;

    private static final double Z80 = NormalQuantile.quantile(0.9);

    private final List<FittedModel> components;
    private final double[] weights;
    private final double[] normalisedErrors;
    private final String choice;

    /**
     * @param components the fitted components, at least one, all on the same history
     * @param weights their weights, summing to 1
     * @param normalisedErrors the backtest's normalised errors (any order; copied and sorted)
     * @param choice a human-readable description of what was chosen, e.g. {@code prophet(cp=0.1)}
     */
    public AutoModel(List<FittedModel> components, double[] weights, double[] normalisedErrors, String choice) {
        this.components = List.copyOf(components);
        if (this.components.isEmpty() || weights.length != this.components.size()) {
            throw new IllegalArgumentException("need one weight per component, and at least one component");
        }
        this.weights = weights.clone();
        this.normalisedErrors = normalisedErrors.clone();
        Arrays.sort(this.normalisedErrors);
        this.choice = Objects.requireNonNull(choice);
    }

    @Override
    public String algorithm() {
        return AutoForecaster.ALGORITHM;
    }

    @Override
    public LocalDate trainingStart() {
        return components.stream()
                .map(FittedModel::trainingStart)
                .min(LocalDate::compareTo)
                .orElseThrow();
    }

    @Override
    public LocalDate trainingEnd() {
        return components.stream()
                .map(FittedModel::trainingEnd)
                .max(LocalDate::compareTo)
                .orElseThrow();
    }

    public List<FittedModel> components() {
        return components;
    }

    public double[] weights() {
        return weights.clone();
    }

    /** The sorted normalised backtest errors used for calibration. */
    public double[] normalisedErrors() {
        return normalisedErrors.clone();
    }

    /** What the internal backtest chose. */
    public String choice() {
        return choice;
    }

    @Override
    public Forecast predict(List<LocalDate> days, double intervalWidth) {
        if (!(intervalWidth > 0 && intervalWidth < 1)) {
            throw new IllegalArgumentException("interval width must be in (0, 1): " + intervalWidth);
        }
        int n = days.size();
        double[] yhat = new double[n];
        double[] spread = new double[n];
        for (int c = 0; c < components.size(); c++) {
            Forecast f = components.get(c).predict(days, 0.8);
            for (int i = 0; i < n; i++) {
                yhat[i] += weights[c] * f.yhat()[i];
                spread[i] += weights[c] * (f.yhatUpper()[i] - f.yhatLower()[i]) / (2 * Z80);
            }
        }
        double qLo;
        double qHi;
        if (normalisedErrors.length >= MIN_CALIBRATION) {
            qLo = quantile(normalisedErrors, (1 - intervalWidth) / 2);
            qHi = quantile(normalisedErrors, (1 + intervalWidth) / 2);
        } else {
            qHi = NormalQuantile.quantile((1 + intervalWidth) / 2);
            qLo = -qHi;
        }
        double[] lo = new double[n];
        double[] hi = new double[n];
        for (int i = 0; i < n; i++) {
            lo[i] = yhat[i] + qLo * spread[i];
            hi[i] = yhat[i] + qHi * spread[i];
        }
        return new Forecast(days, yhat, lo, hi, intervalWidth);
    }

    /**
     * The input of the chosen model: with one component, that component's frame; with a combination,
     * the frame of the first Prophet-class component in the combination's order (best first), since
     * it is the only kind with explicit features; if there is none, the first component whose frame
     * has columns, else the (empty) frame of the first component. The other components' inputs (ETS
     * states, lagged values) are not part of the frame; {@link #choice()} names what was combined.
     */
    @Override
    public InputFrame inputFrame(List<LocalDate> days) {
        for (FittedModel c : components) {
            if (c instanceof ProphetModel) {
                return c.inputFrame(days);
            }
        }
        for (FittedModel c : components) {
            InputFrame frame = c.inputFrame(days);
            if (!frame.columns().isEmpty()) {
                return frame;
            }
        }
        return components.get(0).inputFrame(days);
    }

    /** Linear-interpolation quantile of sorted values (type 7). */
    static double quantile(double[] sorted, double p) {
        double pos = p * (sorted.length - 1);
        int i = (int) Math.floor(pos);
        if (i >= sorted.length - 1) {
            return sorted[sorted.length - 1];
        }
        double frac = pos - i;
        return sorted[i] + frac * (sorted[i + 1] - sorted[i]);
    }
}
