package org.fantastictrain.platform.control.adapter.config;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.fantastictrain.platform.control.domain.ControlPolicy;
import org.springframework.boot.context.properties.ConfigurationProperties;

/** {@code ft.control.*}: criteria thresholds, alarm delivery. Defaults and reasons in docs/control.md. */
@ConfigurationProperties("ft.control")
public class ControlProperties {
    private List<Integer> windows = new ArrayList<>(List.of(7, 30));
    private int horizonDays = 30;
    private int minPoints = 5;
    private int referenceDays = 90;
    private final Rmse rmse = new Rmse();
    private final Bias bias = new Bias();
    private final Coverage coverage = new Coverage();
    private final MeanShift meanShift = new MeanShift();
    private final Drift drift = new Drift();
    private final Freshness freshness = new Freshness();
    private final Gaps gaps = new Gaps();
    private final Delivery delivery = new Delivery();
    private String alertmanagerUrl = "";
    private String webhookUrl = "";
    private String reportBaseUrl = "http://localhost:8080";
    private boolean retrainOnCritical;
    private boolean evaluateAfterLoad = true;

    public ControlPolicy policy() {
        return new ControlPolicy(
                windows,
                horizonDays,
                rmse.warning,
                rmse.critical,
                minPoints,
                bias.warning,
                bias.critical,
                coverage.warningDrop,
                coverage.criticalDrop,
                referenceDays,
                meanShift.alpha,
                meanShift.warning,
                meanShift.critical,
                meanShift.minSamples,
                drift.ksAlpha,
                drift.psiWarning,
                drift.psiCritical,
                drift.psiBins,
                drift.minSamples,
                freshness.warningDays,
                freshness.criticalDays,
                gaps.lookbackDays,
                gaps.warningDays);
    }

    public static class Rmse {
        private double warning = 1.5;
        private double critical = 2.0;

        public double getWarning() {
            return warning;
        }

        public void setWarning(double warning) {
            this.warning = warning;
        }

        public double getCritical() {
            return critical;
        }

        public void setCritical(double critical) {
            this.critical = critical;
        }
    }

    public static class Bias {
        private double warning = 1.0;
        private double critical = 2.0;

        public double getWarning() {
            return warning;
        }

        public void setWarning(double warning) {
            this.warning = warning;
        }

        public double getCritical() {
            return critical;
        }

        public void setCritical(double critical) {
            this.critical = critical;
        }
    }

    public static class Coverage {
        private double warningDrop = 0.15;
        private double criticalDrop = 0.30;

        public double getWarningDrop() {
            return warningDrop;
        }

        public void setWarningDrop(double warningDrop) {
            this.warningDrop = warningDrop;
        }

        public double getCriticalDrop() {
            return criticalDrop;
        }

        public void setCriticalDrop(double criticalDrop) {
            this.criticalDrop = criticalDrop;
        }
    }

    public static class MeanShift {
        private double alpha = 0.01;
        private double warning = 0.2;
        private double critical = 0.5;
        private int minSamples = 7;

        public double getAlpha() {
            return alpha;
        }

        public void setAlpha(double alpha) {
            this.alpha = alpha;
        }

        public double getWarning() {
            return warning;
        }

        public void setWarning(double warning) {
            this.warning = warning;
        }

        public double getCritical() {
            return critical;
        }

        public void setCritical(double critical) {
            this.critical = critical;
        }

        public int getMinSamples() {
            return minSamples;
        }

        public void setMinSamples(int minSamples) {
            this.minSamples = minSamples;
        }
    }

    public static class Drift {
        private double ksAlpha = 0.01;
        private double psiWarning = 0.5;
        private double psiCritical = 1.0;
        private int psiBins = 5;
        private int minSamples = 20;

        public double getKsAlpha() {
            return ksAlpha;
        }

        public void setKsAlpha(double ksAlpha) {
            this.ksAlpha = ksAlpha;
        }

        public double getPsiWarning() {
            return psiWarning;
        }

        public void setPsiWarning(double psiWarning) {
            this.psiWarning = psiWarning;
        }

        public double getPsiCritical() {
            return psiCritical;
        }

        public void setPsiCritical(double psiCritical) {
            this.psiCritical = psiCritical;
        }

        public int getPsiBins() {
            return psiBins;
        }

        public void setPsiBins(int psiBins) {
            this.psiBins = psiBins;
        }

        public int getMinSamples() {
            return minSamples;
        }

        public void setMinSamples(int minSamples) {
            this.minSamples = minSamples;
        }
    }

    public static class Freshness {
        private int warningDays = 2;
        private int criticalDays = 7;

        public int getWarningDays() {
            return warningDays;
        }

        public void setWarningDays(int warningDays) {
            this.warningDays = warningDays;
        }

        public int getCriticalDays() {
            return criticalDays;
        }

        public void setCriticalDays(int criticalDays) {
            this.criticalDays = criticalDays;
        }
    }

    public static class Gaps {
        private int lookbackDays = 30;
        private int warningDays = 0;

        public int getLookbackDays() {
            return lookbackDays;
        }

        public void setLookbackDays(int lookbackDays) {
            this.lookbackDays = lookbackDays;
        }

        public int getWarningDays() {
            return warningDays;
        }

        public void setWarningDays(int warningDays) {
            this.warningDays = warningDays;
        }
    }

    public static class Delivery {
        /** How often the server looks for owed deliveries; 0 turns the background delivery off. */
        private Duration pollInterval = Duration.ofSeconds(15);
        /** Re-send of firing alarms to Alertmanager; below its resolve_timeout (5 minutes by default). */
        private Duration resendInterval = Duration.ofMinutes(1);

        private Duration backoffBase = Duration.ofSeconds(5);
        private Duration backoffMax = Duration.ofMinutes(5);
        private Duration timeout = Duration.ofSeconds(5);

        public Duration getPollInterval() {
            return pollInterval;
        }

        public void setPollInterval(Duration pollInterval) {
            this.pollInterval = pollInterval;
        }

        public Duration getResendInterval() {
            return resendInterval;
        }

        public void setResendInterval(Duration resendInterval) {
            this.resendInterval = resendInterval;
        }

        public Duration getBackoffBase() {
            return backoffBase;
        }

        public void setBackoffBase(Duration backoffBase) {
            this.backoffBase = backoffBase;
        }

        public Duration getBackoffMax() {
            return backoffMax;
        }

        public void setBackoffMax(Duration backoffMax) {
            this.backoffMax = backoffMax;
        }

        public Duration getTimeout() {
            return timeout;
        }

        public void setTimeout(Duration timeout) {
            this.timeout = timeout;
        }
    }

    public List<Integer> getWindows() {
        return windows;
    }

    public void setWindows(List<Integer> windows) {
        this.windows = windows;
    }

    public int getHorizonDays() {
        return horizonDays;
    }

    public void setHorizonDays(int horizonDays) {
        this.horizonDays = horizonDays;
    }

    public int getMinPoints() {
        return minPoints;
    }

    public void setMinPoints(int minPoints) {
        this.minPoints = minPoints;
    }

    public int getReferenceDays() {
        return referenceDays;
    }

    public void setReferenceDays(int referenceDays) {
        this.referenceDays = referenceDays;
    }

    public Rmse getRmse() {
        return rmse;
    }

    public Bias getBias() {
        return bias;
    }

    public Coverage getCoverage() {
        return coverage;
    }

    public MeanShift getMeanShift() {
        return meanShift;
    }

    public Drift getDrift() {
        return drift;
    }

    public Freshness getFreshness() {
        return freshness;
    }

    public Gaps getGaps() {
        return gaps;
    }

    public Delivery getDelivery() {
        return delivery;
    }

    public String getAlertmanagerUrl() {
        return alertmanagerUrl;
    }

    public void setAlertmanagerUrl(String alertmanagerUrl) {
        this.alertmanagerUrl = alertmanagerUrl;
    }

    public String getWebhookUrl() {
        return webhookUrl;
    }

    public void setWebhookUrl(String webhookUrl) {
        this.webhookUrl = webhookUrl;
    }

    public String getReportBaseUrl() {
        return reportBaseUrl;
    }

    public void setReportBaseUrl(String reportBaseUrl) {
        this.reportBaseUrl = reportBaseUrl;
    }

    public boolean isRetrainOnCritical() {
        return retrainOnCritical;
    }

    public void setRetrainOnCritical(boolean retrainOnCritical) {
        this.retrainOnCritical = retrainOnCritical;
    }

    public boolean isEvaluateAfterLoad() {
        return evaluateAfterLoad;
    }

    public void setEvaluateAfterLoad(boolean evaluateAfterLoad) {
        this.evaluateAfterLoad = evaluateAfterLoad;
    }
}
