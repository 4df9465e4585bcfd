package org.fantastictrain.platform.ingest.adapter.out.source;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.SplittableRandom;

/**
 * Generates the bundled data set: GNI-format "Daily Supply" JSON for every gas day of
 * {@link #FIRST_DAY}..{@link #LAST_DAY}, from a fixed seed (never the clock), so every run yields
 * the same text.
 *
 * <p>The shape follows the public description of the real series: Irish demand with a strong
 * winter peak, lower at weekends, with cold snaps; Corrib production about 100 GWh/d in 2018
 * declining by a tenth a year, with maintenance outages where it drops near zero; Moffat (the UK
 * interconnector) supplying the rest of demand, so it swings with the seasons and fills in for
 * Corrib outages; ROI imports mostly missing; Total the sum of the day's supply. Defects a real
 * feed has are sprinkled in: absent days, {@code null} and {@code ""} values, a numeric string.
 */
final class GniSupplySimulator {

    static final LocalDate FIRST_DAY = LocalDate.of(2018, 1, 1);
    static final LocalDate LAST_DAY = LocalDate.of(2024, 6, 30);
    static final long SEED = 20_180_101L;

    /** Corrib maintenance outages: first day and length in days. */
    static final List<Outage> OUTAGES = List.of(
            new Outage(LocalDate.of(2018, 5, 14), 10),
            new Outage(LocalDate.of(2018, 10, 1), 4),
            new Outage(LocalDate.of(2019, 3, 18), 6),
            new Outage(LocalDate.of(2019, 8, 12), 15),
            new Outage(LocalDate.of(2020, 6, 8), 8),
            new Outage(LocalDate.of(2020, 10, 19), 3),
            new Outage(LocalDate.of(2021, 4, 26), 12),
            new Outage(LocalDate.of(2021, 9, 13), 5),
            new Outage(LocalDate.of(2022, 5, 30), 18),
            new Outage(LocalDate.of(2022, 11, 7), 4),
            new Outage(LocalDate.of(2023, 3, 20), 7),
            new Outage(LocalDate.of(2023, 9, 11), 14),
            new Outage(LocalDate.of(2024, 3, 4), 5));

    /** Gas days absent from the feed altogether. */
    static final Set<LocalDate> ABSENT_DAYS = Set.of(
            LocalDate.of(2018, 3, 2),
            LocalDate.of(2019, 12, 25),
            LocalDate.of(2020, 4, 13),
            LocalDate.of(2021, 8, 2),
            LocalDate.of(2022, 2, 18),
            LocalDate.of(2023, 4, 10),
            LocalDate.of(2023, 12, 26),
            LocalDate.of(2024, 5, 6));

    /** The one value published as a numeric string, as feeds sometimes do. */
    static final LocalDate NUMERIC_STRING_DAY = LocalDate.of(2019, 6, 14);

    private static final DateTimeFormatter GNI_DATE = DateTimeFormatter.ofPattern("dd/MM/yyyy", Locale.ROOT);
    private static final double CORRIB_2018 = 100.0;
    private static final double CORRIB_DECLINE_PER_YEAR = Math.log(0.9); // -10 % a year, smoothly
    private static final double[] CORRIB_WEEKLY = {1.0, 1.004, 1.006, 1.004, 1.0, 0.995, 0.991};
    private static final double[] DEMAND_WEEKLY = {1.02, 1.03, 1.03, 1.02, 1.0, 0.94, 0.92};
    private static final double MISSING_VALUE_RATE = 0.004;
    private static final double ROI_PRESENT_RATE = 0.1;

    private GniSupplySimulator() {}

    record Outage(LocalDate first, int days) {
        LocalDate last() {
            return first.plusDays(days - 1L);
        }

        boolean covers(LocalDate day) {
            return !day.isBefore(first) && !day.isAfter(last());
        }
    }

    /** The whole data set as GNI JSON text, one element per line. */
    static String generateJson() {
        SplittableRandom random = new SplittableRandom(SEED);
        Map<LocalDate, Double> coldSnaps = coldSnaps(random.split());
        SplittableRandom corribNoise = random.split();
        SplittableRandom demandNoise = random.split();
        SplittableRandom roi = random.split();
        SplittableRandom defects = random.split();

        StringBuilder json = new StringBuilder(400_000).append("[\n");
        double corribError = 0;
        double demandError = 0;
        boolean first = true;
        for (LocalDate day = FIRST_DAY; !day.isAfter(LAST_DAY); day = day.plusDays(1)) {
            // Noise is drawn for every day, absent ones included, so each series stays smooth
            corribError = 0.6 * corribError + gaussian(corribNoise) * 0.012;
            demandError = 0.7 * demandError + gaussian(demandNoise) * 0.03;

            double corrib = corrib(day, corribError, corribNoise);
            double demand = demand(day, demandError) + coldSnaps.getOrDefault(day, 0.0);
            boolean roiPresent = roi.nextDouble() < ROI_PRESENT_RATE;
            double roiImports = roiPresent ? round6(1.5 + 9.0 * roi.nextDouble()) : 0.0;
            String roiMissing = roi.nextDouble() < 0.75 ? "\"\"" : "null";
            double residual = 0.8 + 1.4 * demandNoise.nextDouble();
            double moffat = round6(Math.max(15.0, demand - corrib - roiImports - residual));
            double total = round6(corrib + moffat + roiImports + residual);

            if (ABSENT_DAYS.contains(day)) {
                continue;
            }
            String corribText = defect(defects, number(corrib));
            String moffatText =
                    day.equals(NUMERIC_STRING_DAY) ? "\"" + number(moffat) + "\"" : defect(defects, number(moffat));
            String totalText = defect(defects, number(total));
            String roiText = roiPresent ? number(roiImports) : roiMissing;

            if (!first) {
                json.append(",\n");
            }
            first = false;
            json.append("{\"Date\": \"")
                    .append(GNI_DATE.format(day))
                    .append("\", \"Corrib production\": ")
                    .append(corribText)
                    .append(", \"Moffat\": ")
                    .append(moffatText)
                    .append(", \"ROI imports via interconnector\": ")
                    .append(roiText)
                    .append(", \"Total\": ")
                    .append(totalText)
                    .append('}');
        }
        return json.append("\n]\n").toString();
    }

    private static double corrib(LocalDate day, double error, SplittableRandom random) {
        double years = ChronoUnit.DAYS.between(FIRST_DAY, day) / 365.25;
        double level = CORRIB_2018 * Math.exp(CORRIB_DECLINE_PER_YEAR * years) * weekly(CORRIB_WEEKLY, day);
        double normal = level * (1 + error);
        for (Outage outage : OUTAGES) {
            if (outage.covers(day)) {
                // Shut-down and restart days produce part of the day; in between the field is nearly idle
                if (day.equals(outage.first())) {
                    return round6(normal * (0.25 + 0.15 * random.nextDouble()));
                }
                if (day.equals(outage.last())) {
                    return round6(normal * (0.45 + 0.2 * random.nextDouble()));
                }
                return round6(2.0 * random.nextDouble());
            }
        }
        return round6(normal);
    }

    private static double demand(LocalDate day, double error) {
        double phase = 2 * Math.PI * (day.getDayOfYear() - 15) / 365.25; // coldest in mid-January
        double seasonal = 230 + 70 * Math.cos(phase);
        return seasonal * weekly(DEMAND_WEEKLY, day) * (1 + error);
    }

    /** Extra demand on cold-snap days: the 2018 "Beast from the East", then one to three a winter. */
    private static Map<LocalDate, Double> coldSnaps(SplittableRandom random) {
        Map<LocalDate, Double> extra = new HashMap<>();
        addSnap(extra, LocalDate.of(2018, 2, 26), 7, 45);
        for (int winter = 2018; winter <= 2023; winter++) {
            int snaps = 1 + random.nextInt(3);
            for (int i = 0; i < snaps; i++) {
                LocalDate start = LocalDate.of(winter, 11, 20).plusDays(random.nextInt(110));
                addSnap(extra, start, 3 + random.nextInt(5), 20 + 25 * random.nextDouble());
            }
        }
        return extra;
    }

    private static void addSnap(Map<LocalDate, Double> extra, LocalDate start, int days, double peak) {
        for (int i = 0; i < days; i++) {
            double shape = Math.sin(Math.PI * (i + 0.5) / days); // builds up, then eases off
            extra.merge(start.plusDays(i), peak * shape, Double::sum);
        }
    }

    private static String defect(SplittableRandom random, String number) {
        double u = random.nextDouble();
        if (u < MISSING_VALUE_RATE / 2) {
            return "null";
        }
        if (u < MISSING_VALUE_RATE) {
            return "\"\"";
        }
        return number;
    }

    private static double weekly(double[] factors, LocalDate day) {
        return factors[day.getDayOfWeek().getValue() - DayOfWeek.MONDAY.getValue()];
    }

    private static double gaussian(SplittableRandom random) {
        double u1 = 1.0 - random.nextDouble(); // (0, 1]: log stays finite
        double u2 = random.nextDouble();
        return Math.sqrt(-2 * Math.log(u1)) * Math.cos(2 * Math.PI * u2);
    }

    private static double round6(double value) {
        return Math.round(value * 1e6) / 1e6;
    }

    private static String number(double value) {
        return String.format(Locale.ROOT, "%.6f", value);
    }
}
