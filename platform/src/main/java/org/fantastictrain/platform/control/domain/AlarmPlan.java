package org.fantastictrain.platform.control.domain;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * What the checks of one series do to its alarms. Per criterion, the worst verdict over the windows
 * decides: WARNING or CRITICAL fires (or keeps firing) the alarm of that severity and resolves one
 * of the other severity; OK resolves; a criterion with only INSUFFICIENT_DATA changes nothing, so an
 * alarm is not resolved for lack of evidence.
 *
 * @param fire checks that start a new alarm
 * @param refresh firing alarms seen again, with the check that saw them
 * @param resolve firing alarms to resolve
 */
public record AlarmPlan(List<Check> fire, Map<Alarm, Check> refresh, List<Alarm> resolve) {

    public static AlarmPlan of(List<Alarm> firing, List<Check> checks) {
        List<Check> fire = new ArrayList<>();
        Map<Alarm, Check> refresh = new LinkedHashMap<>();
        List<Alarm> resolve = new ArrayList<>();
        for (Criterion criterion : Criterion.values()) {
            List<Check> mine =
                    checks.stream().filter(c -> c.criterion() == criterion).toList();
            if (mine.isEmpty()) {
                continue;
            }
            Optional<Check> worst = worst(mine);
            List<Alarm> current =
                    firing.stream().filter(a -> a.criterion() == criterion).toList();
            if (worst.isPresent()) {
                Severity severity = worst.get().verdict().severity().orElseThrow();
                boolean seen = false;
                for (Alarm a : current) {
                    if (a.severity() == severity) {
                        refresh.put(a, worst.get());
                        seen = true;
                    } else {
                        resolve.add(a);
                    }
                }
                if (!seen) {
                    fire.add(worst.get());
                }
            } else if (mine.stream().anyMatch(c -> c.verdict() == Verdict.OK)) {
                resolve.addAll(current);
            }
        }
        return new AlarmPlan(fire, refresh, resolve);
    }

    /** The first check with the highest severity. */
    private static Optional<Check> worst(List<Check> checks) {
        Check worst = null;
        for (Check c : checks) {
            Optional<Severity> s = c.verdict().severity();
            if (s.isPresent()
                    && (worst == null
                            || s.get().compareTo(worst.verdict().severity().orElseThrow()) > 0)) {
                worst = c;
            }
        }
        return Optional.ofNullable(worst);
    }
}
