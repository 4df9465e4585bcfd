package org.fantastictrain.platform.training.domain;

import java.util.Locale;

/**
 * The champion/challenger gate.
 *
 * <ul>
 *   <li>No champion: the challenger is promoted only if it beats seasonal naive on the folds.
 *   <li>A champion whose frozen model has at least {@code minUnseenDays} fold days after its
 *       training end: the challenger must beat that frozen model on exactly those days (what keeping
 *       the champion would have served) and must not be worse than the champion's configuration
 *       refitted on the same folds.
 *   <li>Otherwise: the challenger must beat the champion's configuration refitted on the folds. The
 *       same configuration on the same data ties, so retraining on unchanged data is rejected.
 * </ul>
 */
public final class ChampionGate {
    private final GatePolicy policy;

    public ChampionGate(GatePolicy policy) {
        this.policy = policy;
    }

    public GateDecision decide(Backtest challenger, Backtest baseline, ChampionEvidence champion) {
        Metric m = policy.metric();
        double c = challenger.value(m);
        double b = baseline.value(m);
        String name = m.id();
        if (champion == null) {
            boolean promote = policy.beats(c, b);
            String reason = promote
                    ? String.format(
                            Locale.ROOT,
                            "no champion yet; challenger %s %s beats seasonal naive %s%s",
                            name,
                            fmt(c),
                            fmt(b),
                            margin())
                    : String.format(
                            Locale.ROOT,
                            "no champion yet; challenger %s %s does not beat seasonal naive %s%s",
                            name,
                            fmt(c),
                            fmt(b),
                            margin());
            return new GateDecision(promote, reason, c, b, Double.NaN, Double.NaN, Double.NaN, 0);
        }
        double r = champion.refit().value(m);
        int unseen = champion.frozen().points().size();
        if (unseen >= policy.minUnseenDays()) {
            Backtest challengerSame = challenger.restrictedTo(champion.frozen().keys());
            double cu = challengerSame.value(m);
            double f = champion.frozen().value(m);
            boolean beatsFrozen = policy.beats(cu, f);
            boolean notWorseThanRefit = !(Double.isFinite(r) && c > r);
            boolean promote = beatsFrozen && notWorseThanRefit;
            String reason;
            if (promote) {
                reason = String.format(
                        Locale.ROOT,
                        "challenger %s %s beats champion v%d as served (frozen since %s) %s on %d unseen days%s, "
                                + "and is not worse than its configuration refitted on the folds (%s vs %s)",
                        name,
                        fmt(cu),
                        champion.version(),
                        champion.trainingEnd(),
                        fmt(f),
                        unseen,
                        margin(),
                        fmt(c),
                        fmt(r));
            } else if (!beatsFrozen) {
                reason = String.format(
                        Locale.ROOT,
                        "challenger %s %s does not beat champion v%d as served (frozen since %s) %s on %d unseen days%s",
                        name,
                        fmt(cu),
                        champion.version(),
                        champion.trainingEnd(),
                        fmt(f),
                        unseen,
                        margin());
            } else {
                reason = String.format(
                        Locale.ROOT,
                        "challenger beats the frozen champion v%d on %d unseen days (%s vs %s) but is worse than "
                                + "the champion's configuration refitted on the folds (%s %s vs %s)",
                        champion.version(),
                        unseen,
                        fmt(cu),
                        fmt(f),
                        name,
                        fmt(c),
                        fmt(r));
            }
            return new GateDecision(promote, reason, c, b, r, cu, f, unseen);
        }
        boolean promote = policy.beats(c, r);
        String reason = String.format(
                Locale.ROOT,
                "challenger %s %s %s champion v%d refitted on the same folds %s%s (frozen champion not scored: "
                        + "%d fold days after its training end %s, need %d)",
                name,
                fmt(c),
                promote ? "beats" : "does not beat",
                champion.version(),
                fmt(r),
                margin(),
                unseen,
                champion.trainingEnd(),
                policy.minUnseenDays());
        return new GateDecision(promote, reason, c, b, r, Double.NaN, Double.NaN, unseen);
    }

    private String margin() {
        return policy.minRelativeImprovement() == 0
                ? ""
                : String.format(Locale.ROOT, " by the required %.1f %%", policy.minRelativeImprovement() * 100);
    }

    private static String fmt(double v) {
        return Double.isFinite(v) ? String.format(Locale.ROOT, "%.4f", v) : "n/a";
    }
}
