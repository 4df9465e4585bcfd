package org.fantastictrain.forecast.prophet;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.fantastictrain.forecast.FittedModel;
import org.fantastictrain.forecast.Forecast;
import org.fantastictrain.forecast.InputFrame;
import org.fantastictrain.forecast.baseline.NormalQuantile;

/**
 * A fitted Prophet-class model. Immutable; its forecast depends only on its parameters.
 *
 * <p>Point forecast (in the scaled units, multiplied back by {@link #yScale()}): trend plus
 * seasonal and holiday effects (or trend times one plus them), plus, when residual correction is
 * on, {@code phi^h} times the last in-sample residual at lead {@code h} days. Interval: the point
 * forecast plus or minus {@code z * s(h)} with {@code s(h)^2 = sigma^2 (1 - phi^(2h)) + 2 lambda b^2
 * (h / T)^3 / 3}: residual noise (shrunk by the correction) plus the variance of future trend
 * changes arriving as in the history (rate {@code lambda} per history span {@code T}, Laplace
 * magnitudes of mean {@code b}).
 */
public final class ProphetModel implements FittedModel {
    private final ProphetConfig config;
    private final List<String> holidayKeys;
    private final LocalDate trainingStart;
    private final LocalDate trainingEnd;
    private final LocalDate lastObserved;
    private final long startDay;
    private final double tSpan;
    private final double[] changepointsT;
    private final double yScale;
    private final double[] theta;
    private final double sigma;
    private final double phi;
    private final double lastResidual;
    private final double deltaMeanAbs;
    private final Design design;

    ProphetModel(
            ProphetConfig config,
            List<String> holidayKeys,
            LocalDate trainingStart,
            LocalDate trainingEnd,
            LocalDate lastObserved,
            long startDay,
            double tSpan,
            double[] changepointsT,
            double yScale,
            double[] theta,
            double sigma,
            double phi,
            double lastResidual,
            double deltaMeanAbs) {
        this.config = Objects.requireNonNull(config);
        this.holidayKeys = List.copyOf(holidayKeys);
        this.trainingStart = trainingStart;
        this.trainingEnd = trainingEnd;
        this.lastObserved = lastObserved;
        this.startDay = startDay;
        this.tSpan = tSpan;
        this.changepointsT = changepointsT.clone();
        this.yScale = yScale;
        this.theta = theta.clone();
        this.sigma = sigma;
        this.phi = phi;
        this.lastResidual = lastResidual;
        this.deltaMeanAbs = deltaMeanAbs;
        this.design = new Design(config, this.changepointsT, this.holidayKeys, startDay, tSpan);
        if (design.width() != this.theta.length) {
            throw new IllegalArgumentException(
                    "coefficient count " + this.theta.length + " does not match the design width " + design.width());
        }
    }

    @Override
    public String algorithm() {
        return ProphetForecaster.ALGORITHM;
    }

    @Override
    public LocalDate trainingStart() {
        return trainingStart;
    }

    @Override
    public LocalDate trainingEnd() {
        return trainingEnd;
    }

    public ProphetConfig config() {
        return config;
    }

    /** The last day with an observed value; leads are counted from it. */
    public LocalDate lastObserved() {
        return lastObserved;
    }

    /** The scale dividing the series before fitting ({@code max |y|}). */
    public double yScale() {
        return yScale;
    }

    /** In-sample residual standard deviation, in the series' units. */
    public double residualSd() {
        return sigma * yScale;
    }

    /** The changepoint dates' positions and fitted rate changes, in the series' units per day. */
    public double[] rateChangesPerDay() {
        double[] r = new double[changepointsT.length];
        for (int j = 0; j < r.length; j++) {
            r[j] = theta[2 + j] * yScale / tSpan;
        }
        return r;
    }

    /** The changepoint dates. */
    public List<LocalDate> changepoints() {
        return java.util.Arrays.stream(changepointsT)
                .mapToObj(t -> LocalDate.ofEpochDay(startDay + Math.round(t * tSpan)))
                .toList();
    }

    /** The trend component in the series' units for the given days. */
    public double[] trend(List<LocalDate> days) {
        long[] d = days.stream().mapToLong(LocalDate::toEpochDay).toArray();
        double[] x = design.matrix(d);
        int p = design.width();
        double[] out = new double[d.length];
        for (int i = 0; i < d.length; i++) {
            double s = 0;
            for (int j = 0; j < design.trendColumns(); j++) {
                s += x[i * p + j] * theta[j];
            }
            out[i] = s * yScale;
        }
        return out;
    }

    /**
     * The design-matrix features of the given days, as the model multiplies them by its coefficients:
     * {@code t} (the trend's time index, 0 on the first training day, 1 on the last), {@code trend}
     * (the fitted trend in the series' units, a derived column for reading), one hinge
     * {@code changepoint_<date>} ({@code max(0, t - t_c)}) per changepoint, the Fourier terms
     * {@code yearly_sin_1}, {@code yearly_cos_1}, ..., {@code weekly_sin_1}, ... (sine and cosine of
     * {@code 2 pi k (epoch day / period)}), custom seasonalities by name, and one 0/1 flag per
     * holiday name (window days as {@code <name>_+1}, {@code <name>_-1}). The constant intercept
     * column is left out. Columns come from the same code that builds the fitting matrix.
     */
    @Override
    public InputFrame inputFrame(List<LocalDate> days) {
        long[] d = days.stream().mapToLong(LocalDate::toEpochDay).toArray();
        double[] x = design.matrix(d);
        int p = design.width();
        int tc = design.trendColumns();
        List<String> names = design.columnNames();
        List<String> columns = new ArrayList<>(p);
        columns.add("t");
        columns.add("trend");
        columns.addAll(names.subList(2, p));
        List<double[]> rows = new ArrayList<>(d.length);
        for (int i = 0; i < d.length; i++) {
            int o = i * p;
            double trend = 0;
            for (int j = 0; j < tc; j++) {
                trend += x[o + j] * theta[j];
            }
            double[] row = new double[p];
            row[0] = x[o + 1];
            row[1] = trend * yScale;
            System.arraycopy(x, o + 2, row, 2, p - 2);
            rows.add(row);
        }
        return new InputFrame(columns, days, rows);
    }

    /** Standard deviation of the forecast error at the given lead (days after the last observation), scaled units. */
    double scaledSd(long lead) {
        if (lead <= 0) {
            return sigma;
        }
        double residualVar = sigma * sigma;
        if (config.residualCorrection()) {
            residualVar *= 1 - Math.pow(phi, 2.0 * lead);
        }
        double u = lead / tSpan;
        double lambda = changepointsT.length;
        double trendVar = 2 * lambda * deltaMeanAbs * deltaMeanAbs * u * u * u / 3;
        return Math.sqrt(residualVar + trendVar);
    }

    @Override
    public Forecast predict(List<LocalDate> days, double intervalWidth) {
        if (!(intervalWidth > 0 && intervalWidth < 1)) {
            throw new IllegalArgumentException("interval width must be in (0, 1): " + intervalWidth);
        }
        double z = NormalQuantile.quantile(0.5 + intervalWidth / 2);
        int n = days.size();
        long[] d = new long[n];
        for (int i = 0; i < n; i++) {
            d[i] = days.get(i).toEpochDay();
        }
        double[] x = design.matrix(d);
        int p = design.width();
        int tc = design.trendColumns();
        boolean multiplicative = config.seasonalityMode() == SeasonalityMode.MULTIPLICATIVE;
        double[] yhat = new double[n];
        double[] lo = new double[n];
        double[] hi = new double[n];
        long last = lastObserved.toEpochDay();
        for (int i = 0; i < n; i++) {
            int o = i * p;
            double trend = 0;
            for (int j = 0; j < tc; j++) {
                trend += x[o + j] * theta[j];
            }
            double other = 0;
            for (int j = tc; j < p; j++) {
                other += x[o + j] * theta[j];
            }
            double v = multiplicative ? trend * (1 + other) : trend + other;
            long lead = d[i] - last;
            if (lead > 0 && config.residualCorrection()) {
                v += Math.pow(phi, lead) * lastResidual;
            }
            double half = z * scaledSd(lead);
            yhat[i] = v * yScale;
            lo[i] = (v - half) * yScale;
            hi[i] = (v + half) * yScale;
        }
        return new Forecast(days, yhat, lo, hi, intervalWidth);
    }

    List<String> holidayKeys() {
        return holidayKeys;
    }

    long startDay() {
        return startDay;
    }

    double tSpan() {
        return tSpan;
    }

    double[] changepointsT() {
        return changepointsT.clone();
    }

    double[] theta() {
        return theta.clone();
    }

    double sigma() {
        return sigma;
    }

    double phi() {
        return phi;
    }

    double lastResidual() {
        return lastResidual;
    }

    double deltaMeanAbs() {
        return deltaMeanAbs;
    }
}
