package org.fantastictrain.forecast.prophet;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;

/**
 * The regression features of the model for any list of days: trend basis (intercept, slope,
 * one hinge {@code (t - c_j)+} per changepoint), Fourier pairs per seasonality, one indicator per
 * holiday name and window offset. Rows are laid out row-major, {@code width()} values per day.
 */
final class Design {
    static final double YEAR = 365.25;

    private final ProphetConfig config;
    private final double[] changepointsT;
    private final List<String> holidayKeys;
    private final Map<String, Integer> holidayColumn = new HashMap<>();
    private final long startDay;
    private final double tSpan;
    private final double[] periods;
    private final int[] orders;
    private final List<String> seasonalityNames = new ArrayList<>();
    private final int trendColumns;
    private final int seasonalColumns;
    private final int width;

    Design(ProphetConfig config, double[] changepointsT, List<String> holidayKeys, long startDay, double tSpan) {
        this.config = config;
        this.changepointsT = changepointsT;
        this.holidayKeys = List.copyOf(holidayKeys);
        this.startDay = startDay;
        this.tSpan = tSpan;
        List<double[]> seas = new ArrayList<>();
        if (config.yearlyOrder() > 0) {
            seas.add(new double[] {YEAR, config.yearlyOrder()});
            seasonalityNames.add("yearly");
        }
        if (config.weeklyOrder() > 0) {
            seas.add(new double[] {7, config.weeklyOrder()});
            seasonalityNames.add("weekly");
        }
        for (Seasonality s : config.customSeasonalities()) {
            seas.add(new double[] {s.periodDays(), s.order()});
            seasonalityNames.add(s.name());
        }
        periods = new double[seas.size()];
        orders = new int[seas.size()];
        int sc = 0;
        for (int i = 0; i < seas.size(); i++) {
            periods[i] = seas.get(i)[0];
            orders[i] = (int) seas.get(i)[1];
            sc += 2 * orders[i];
        }
        trendColumns = 2 + changepointsT.length;
        seasonalColumns = sc;
        for (int i = 0; i < this.holidayKeys.size(); i++) {
            holidayColumn.put(this.holidayKeys.get(i), trendColumns + seasonalColumns + i);
        }
        width = trendColumns + seasonalColumns + this.holidayKeys.size();
    }

    int width() {
        return width;
    }

    int trendColumns() {
        return trendColumns;
    }

    int seasonalColumns() {
        return seasonalColumns;
    }

    int holidayColumns() {
        return holidayKeys.size();
    }

    /**
     * The name of every column, in the order of {@link #matrix}: {@code intercept}, {@code t},
     * {@code changepoint_<date>} per hinge, {@code <seasonality>_sin_<k>} and {@code _cos_<k>} per
     * Fourier pair ({@code yearly}, {@code weekly}, custom names), then one holiday flag per holiday
     * name and window offset: the name itself for the day, {@code <name>_+1}, {@code <name>_-1} ... for
     * window days (Prophet's naming without its delimiter).
     */
    List<String> columnNames() {
        List<String> names = new ArrayList<>(width);
        names.add("intercept");
        names.add("t");
        for (double c : changepointsT) {
            names.add("changepoint_" + LocalDate.ofEpochDay(startDay + Math.round(c * tSpan)));
        }
        for (int s = 0; s < periods.length; s++) {
            for (int k = 1; k <= orders[s]; k++) {
                names.add(seasonalityNames.get(s) + "_sin_" + k);
                names.add(seasonalityNames.get(s) + "_cos_" + k);
            }
        }
        for (String key : holidayKeys) {
            int at = key.lastIndexOf('@');
            int offset = Integer.parseInt(key.substring(at + 1));
            String name = key.substring(0, at);
            names.add(offset == 0 ? name : name + "_" + (offset > 0 ? "+" : "") + offset);
        }
        return names;
    }

    double time(long epochDay) {
        return (epochDay - startDay) / tSpan;
    }

    /** The holiday keys ({@code name@offset}) with at least one day in {@code [first, last]}, sorted. */
    static List<String> holidayKeys(ProphetConfig config, long first, long last) {
        TreeSet<String> keys = new TreeSet<>();
        for (Holiday h : holidays(config, first, last)) {
            long d0 = h.date().toEpochDay();
            for (int off = h.lowerWindow(); off <= h.upperWindow(); off++) {
                long d = d0 + off;
                if (d >= first && d <= last) {
                    keys.add(key(h.name(), off));
                }
            }
        }
        return new ArrayList<>(keys);
    }

    private static String key(String name, int offset) {
        return name + "@" + offset;
    }

    private static List<Holiday> holidays(ProphetConfig config, long first, long last) {
        List<Holiday> all = new ArrayList<>(config.holidays());
        if (config.irishHolidays()) {
            all.addAll(IrishHolidays.between(LocalDate.ofEpochDay(first - 400), LocalDate.ofEpochDay(last + 400)));
        }
        return all;
    }

    /** The features of the given days, row-major. */
    double[] matrix(long[] days) {
        int n = days.length;
        double[] x = new double[n * width];
        if (n == 0) {
            return x;
        }
        long min = Long.MAX_VALUE;
        long max = Long.MIN_VALUE;
        for (long d : days) {
            min = Math.min(min, d);
            max = Math.max(max, d);
        }
        Map<Long, List<Integer>> holidayCols = holidayIndex(min, max);
        for (int i = 0; i < n; i++) {
            int o = i * width;
            long d = days[i];
            double t = time(d);
            x[o] = 1;
            x[o + 1] = t;
            for (int j = 0; j < changepointsT.length; j++) {
                double v = t - changepointsT[j];
                x[o + 2 + j] = v > 0 ? v : 0;
            }
            int c = o + trendColumns;
            for (int s = 0; s < periods.length; s++) {
                double frac = (d % periods[s]) / periods[s];
                double angle = 2 * Math.PI * frac;
                double s1 = Math.sin(angle);
                double c1 = Math.cos(angle);
                double sk = s1;
                double ck = c1;
                for (int k = 0; k < orders[s]; k++) {
                    x[c++] = sk;
                    x[c++] = ck;
                    double ns = sk * c1 + ck * s1;
                    ck = ck * c1 - sk * s1;
                    sk = ns;
                }
            }
            if (holidayCols != null) {
                List<Integer> cols = holidayCols.get(d);
                if (cols != null) {
                    for (int col : cols) {
                        x[o + col] = 1;
                    }
                }
            }
        }
        return x;
    }

    private Map<Long, List<Integer>> holidayIndex(long min, long max) {
        if (holidayKeys.isEmpty()) {
            return null;
        }
        Map<Long, List<Integer>> index = new HashMap<>();
        for (Holiday h : holidays(config, min, max)) {
            long d0 = h.date().toEpochDay();
            for (int off = h.lowerWindow(); off <= h.upperWindow(); off++) {
                long d = d0 + off;
                if (d < min || d > max) {
                    continue;
                }
                Integer col = holidayColumn.get(key(h.name(), off));
                if (col != null) {
                    List<Integer> cols = index.computeIfAbsent(d, k -> new ArrayList<>(2));
                    if (!cols.contains(col)) {
                        cols.add(col);
                    }
                }
            }
        }
        return index;
    }
}
