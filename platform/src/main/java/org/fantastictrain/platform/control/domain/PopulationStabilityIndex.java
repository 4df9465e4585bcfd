package org.fantastictrain.platform.control.domain;

import java.util.Arrays;

/**
 * Population stability index of a recent sample against a reference: the reference's quantiles cut
 * {@code bins} bins; PSI = Σ (recent share - reference share) × ln(recent share / reference share),
 * shares floored at {@value #FLOOR} so an empty bin does not make it infinite.
 */
public record PopulationStabilityIndex(double value, double[] edges, double[] referenceShares, double[] recentShares) {
    static final double FLOOR = 1e-4;

    public static PopulationStabilityIndex of(double[] reference, double[] recent, int bins) {
        if (reference.length == 0 || recent.length == 0 || bins < 2) {
            throw new IllegalArgumentException("PSI needs two non-empty samples and at least two bins");
        }
        double[] sorted = reference.clone();
        Arrays.sort(sorted);
        double[] edges = new double[bins - 1];
        for (int k = 1; k < bins; k++) {
            edges[k - 1] = quantile(sorted, (double) k / bins);
        }
        double[] ref = shares(reference, edges, bins);
        double[] rec = shares(recent, edges, bins);
        double psi = 0;
        for (int k = 0; k < bins; k++) {
            psi += (rec[k] - ref[k]) * Math.log(rec[k] / ref[k]);
        }
        return new PopulationStabilityIndex(psi, edges, ref, rec);
    }

    /** Bin k holds the values in (edges[k-1], edges[k]]; the first and last bins are open. */
    private static double[] shares(double[] values, double[] edges, int bins) {
        double[] counts = new double[bins];
        for (double v : values) {
            int k = 0;
            while (k < edges.length && v > edges[k]) {
                k++;
            }
            counts[k]++;
        }
        for (int k = 0; k < bins; k++) {
            counts[k] = Math.max(FLOOR, counts[k] / values.length);
        }
        return counts;
    }

    /** Linear interpolation between order statistics (type 7, as R and NumPy default). */
    static double quantile(double[] sorted, double p) {
        double h = (sorted.length - 1) * p;
        int lo = (int) Math.floor(h);
        int hi = Math.min(lo + 1, sorted.length - 1);
        return sorted[lo] + (h - lo) * (sorted[hi] - sorted[lo]);
    }
}
