package org.fantastictrain.platform.training.adapter.config;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * {@code ft.training.*}: how trainings read data, backtest and gate. Defaults in the field
 * initialisers; documented in the README.
 */
@ConfigurationProperties("ft.training")
public class TrainingProperties {
    /** Train on the last this many days of data; 0 = all history. */
    private int windowDays = 0;
    /** Backtest cutoffs, stepping back from the newest day. */
    private int folds = 3;
    /** Days forecast after each cutoff. */
    private int horizonDays = 30;
    /** Days between cutoffs. */
    private int periodDays = 30;
    /** Shortest history a fold may be fitted on. */
    private int minTrainingDays = 365;
    /** Gate metric: rmse, mae, mape or smape. */
    private String metric = "rmse";
    /** Minimum relative improvement over the champion; 0 = strictly better. */
    private double minImprovement = 0;
    /** Fold days after the champion's training end needed to score its frozen model. */
    private int minUnseenDays = 14;
    /** Width of the prediction intervals scored for coverage. */
    private double intervalWidth = 0.8;
    /** Threads for training several series (train all, bootstrap). */
    private int parallelism = Runtime.getRuntime().availableProcessors();
    /** Candidate configurations; default the engine's automatic model. */
    private List<Candidate> candidates = new ArrayList<>(List.of(new Candidate("auto", new LinkedHashMap<>())));
    /** Hyper-parameter grids: algorithm -> parameter -> values; every combination is a candidate. */
    private Map<String, Map<String, List<String>>> grid = new LinkedHashMap<>();

    public static class Candidate {
        private String algorithm;
        private Map<String, String> parameters = new LinkedHashMap<>();

        public Candidate() {}

        Candidate(String algorithm, Map<String, String> parameters) {
            this.algorithm = algorithm;
            this.parameters = parameters;
        }

        public String getAlgorithm() {
            return algorithm;
        }

        public void setAlgorithm(String algorithm) {
            this.algorithm = algorithm;
        }

        public Map<String, String> getParameters() {
            return parameters;
        }

        public void setParameters(Map<String, String> parameters) {
            this.parameters = parameters;
        }
    }

    public int getWindowDays() {
        return windowDays;
    }

    public void setWindowDays(int v) {
        windowDays = v;
    }

    public int getFolds() {
        return folds;
    }

    public void setFolds(int v) {
        folds = v;
    }

    public int getHorizonDays() {
        return horizonDays;
    }

    public void setHorizonDays(int v) {
        horizonDays = v;
    }

    public int getPeriodDays() {
        return periodDays;
    }

    public void setPeriodDays(int v) {
        periodDays = v;
    }

    public int getMinTrainingDays() {
        return minTrainingDays;
    }

    public void setMinTrainingDays(int v) {
        minTrainingDays = v;
    }

    public String getMetric() {
        return metric;
    }

    public void setMetric(String v) {
        metric = v;
    }

    public double getMinImprovement() {
        return minImprovement;
    }

    public void setMinImprovement(double v) {
        minImprovement = v;
    }

    public int getMinUnseenDays() {
        return minUnseenDays;
    }

    public void setMinUnseenDays(int v) {
        minUnseenDays = v;
    }

    public double getIntervalWidth() {
        return intervalWidth;
    }

    public void setIntervalWidth(double v) {
        intervalWidth = v;
    }

    public int getParallelism() {
        return parallelism;
    }

    public void setParallelism(int v) {
        parallelism = v;
    }

    public List<Candidate> getCandidates() {
        return candidates;
    }

    public void setCandidates(List<Candidate> v) {
        candidates = v;
    }

    public Map<String, Map<String, List<String>>> getGrid() {
        return grid;
    }

    public void setGrid(Map<String, Map<String, List<String>>> v) {
        grid = v;
    }
}
