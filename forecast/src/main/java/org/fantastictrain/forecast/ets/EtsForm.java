package org.fantastictrain.forecast.ets;

/**
 * The ETS model forms this package fits, named as in Hyndman &amp; Athanasopoulos (error, trend,
 * season): all have additive errors; the trend is none ({@code N}), additive ({@code A}) or
 * additive damped ({@code Ad}); the season is none or additive. {@link #AUTO} picks the concrete
 * form with the smallest AICc.
 */
public enum EtsForm {
    /** ETS(A,N,N): simple exponential smoothing. */
    ANN(false, false, false),
    /** ETS(A,A,N): Holt's linear trend. */
    AAN(true, false, false),
    /** ETS(A,Ad,N): damped trend. */
    AADN(true, true, false),
    /** ETS(A,N,A): level and additive season. */
    ANA(false, false, true),
    /** ETS(A,A,A): additive Holt-Winters. */
    AAA(true, false, true),
    /** ETS(A,Ad,A): damped additive Holt-Winters. */
    AADA(true, true, true),
    /** Every concrete form the history supports, the one with the smallest AICc kept. */
    AUTO(false, false, false);

    private final boolean trend;
    private final boolean damped;
    private final boolean seasonal;

    EtsForm(boolean trend, boolean damped, boolean seasonal) {
        this.trend = trend;
        this.damped = damped;
        this.seasonal = seasonal;
    }

    /** Whether the form has a trend (additive or damped). */
    public boolean hasTrend() {
        return trend;
    }

    /** Whether the trend is damped by {@code phi}. */
    public boolean isDamped() {
        return damped;
    }

    /** Whether the form has an additive season. */
    public boolean isSeasonal() {
        return seasonal;
    }

    /** Hyndman's notation, e.g. {@code ETS(A,Ad,A)}; {@code ETS(auto)} for {@link #AUTO}. */
    public String label() {
        if (this == AUTO) {
            return "ETS(auto)";
        }
        return "ETS(A," + (trend ? (damped ? "Ad" : "A") : "N") + "," + (seasonal ? "A" : "N") + ")";
    }

    /** Number of smoothing parameters (alpha, beta, gamma, phi) the form estimates. */
    int smoothingCount() {
        return 1 + (trend ? 1 : 0) + (damped ? 1 : 0) + (seasonal ? 1 : 0);
    }
}
