package org.fantastictrain.platform.ingest.adapter.out.source;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.fantastictrain.platform.ingest.domain.Observation;
import org.fantastictrain.platform.ingest.domain.SeriesId;
import org.fantastictrain.platform.ingest.domain.SourceBatch;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class BundledSourceTest {

    private static final LocalDate FIRST = LocalDate.of(2018, 1, 1);
    private static final LocalDate LAST = LocalDate.of(2024, 6, 30);

    private final BundledSource source = new BundledSource();

    @Test
    void generating_twice_gives_the_same_data() {
        assertThat(BundledSource.gniJson()).isEqualTo(BundledSource.gniJson());
        assertThat(new BundledSource().fetch(FIRST, LAST)).isEqualTo(new BundledSource().fetch(FIRST, LAST));
    }

    @Test
    void covers_2018_01_01_to_2024_06_30_with_a_few_absent_days_and_nothing_rejected() {
        SourceBatch all = source.fetch(LocalDate.of(2017, 1, 1), LocalDate.of(2025, 1, 1));

        Set<LocalDate> days = all.observations().stream().map(Observation::ds).collect(Collectors.toSet());
        long calendarDays = ChronoUnit.DAYS.between(FIRST, LAST) + 1;
        assertThat(all.observations().get(0).ds()).isEqualTo(FIRST);
        assertThat(all.observations().get(all.observations().size() - 1).ds()).isEqualTo(LAST);
        assertThat(days).hasSizeBetween((int) calendarDays - 15, (int) calendarDays - 3);
        assertThat(all.rejected()).isEmpty();
        assertThat(source.lastAvailableDay()).contains(LAST);
        assertThat(source.name()).isEqualTo("bundled");
    }

    @Test
    void has_null_and_empty_values_and_a_numeric_string_like_the_real_feed() {
        String json = BundledSource.gniJson();

        assertThat(json)
                .contains("\"Corrib production\": null")
                .contains("\"Moffat\": \"\"")
                .contains("\"ROI imports via interconnector\": \"\"")
                .contains("\"ROI imports via interconnector\": null")
                .containsPattern("\"Moffat\": \"\\d+\\.\\d+\"");
        SourceBatch all = source.fetch(FIRST, LAST);
        long roiValues = all.observations().stream()
                .filter(o -> o.series() == SeriesId.ROI_IMPORTS_VIA_INTERCONNECTOR)
                .count();
        long corribValues = all.observations().stream()
                .filter(o -> o.series() == SeriesId.CORRIB_PRODUCTION)
                .count();
        assertThat(roiValues).isLessThan(corribValues / 3);
        assertThat(all.missingValues()).isGreaterThan((int) (corribValues - roiValues));
    }

    @Test
    void corrib_declines_about_a_tenth_a_year() {
        Map<Integer, Double> medians = new TreeMap<>();
        for (int year = 2018; year <= 2023; year++) {
            medians.put(
                    year,
                    median(values(SeriesId.CORRIB_PRODUCTION, LocalDate.of(year, 1, 1), LocalDate.of(year, 12, 31))));
        }

        assertThat(medians.get(2018)).isBetween(90.0, 105.0);
        for (int year = 2019; year <= 2023; year++) {
            assertThat(medians.get(year) / medians.get(year - 1))
                    .as("%d over %d", year, year - 1)
                    .isBetween(0.85, 0.95);
        }
    }

    @Test
    void corrib_has_at_least_two_outages_between_july_2023_and_june_2024_one_of_about_two_weeks() {
        List<List<LocalDate>> outages = outages(LocalDate.of(2023, 7, 1), LocalDate.of(2024, 6, 30));

        assertThat(outages).hasSizeGreaterThanOrEqualTo(2);
        assertThat(outages).anySatisfy(run -> assertThat(run).hasSizeBetween(10, 16));
        assertThat(outages(FIRST, LAST)).hasSizeGreaterThanOrEqualTo(12);
    }

    @Test
    void moffat_peaks_in_winter() {
        for (int year = 2018; year <= 2023; year++) {
            double january = mean(values(SeriesId.MOFFAT, LocalDate.of(year, 1, 1), LocalDate.of(year, 1, 31)));
            double july = mean(values(SeriesId.MOFFAT, LocalDate.of(year, 7, 1), LocalDate.of(year, 7, 31)));
            assertThat(january).as("January %d vs July", year).isGreaterThan(1.5 * july);
        }
        double weekdays = mean(values(SeriesId.MOFFAT, FIRST, LAST, false));
        double weekends = mean(values(SeriesId.MOFFAT, FIRST, LAST, true));
        assertThat(weekends).isLessThan(weekdays * 0.97);
    }

    @Test
    void total_is_the_sum_of_the_days_supply() {
        Map<LocalDate, Map<SeriesId, Double>> byDay =
                byDay(source.fetch(LocalDate.of(2022, 1, 1), LocalDate.of(2022, 12, 31)));

        byDay.forEach((day, values) -> {
            if (values.keySet().containsAll(List.of(SeriesId.CORRIB_PRODUCTION, SeriesId.MOFFAT, SeriesId.TOTAL))) {
                double components = values.get(SeriesId.CORRIB_PRODUCTION)
                        + values.get(SeriesId.MOFFAT)
                        + values.getOrDefault(SeriesId.ROI_IMPORTS_VIA_INTERCONNECTOR, 0.0);
                assertThat(values.get(SeriesId.TOTAL) - components)
                        .as("residual on %s", day)
                        .isBetween(0.0, 3.0);
            }
        });
    }

    @Test
    void fetching_one_day_returns_only_that_day() {
        SourceBatch day = source.fetch(LocalDate.of(2023, 7, 3), LocalDate.of(2023, 7, 3));

        assertThat(day.observations())
                .isNotEmpty()
                .allSatisfy(o -> assertThat(o.ds()).isEqualTo(LocalDate.of(2023, 7, 3)));
        assertThat(day.observations().size() + day.missingValues()).isEqualTo(4);
        assertThat(source.fetch(LocalDate.of(2025, 1, 1), LocalDate.of(2025, 1, 31))
                        .observations())
                .isEmpty();
        assertThatThrownBy(() -> source.fetch(LocalDate.of(2023, 7, 3), LocalDate.of(2023, 7, 2)))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void exports_the_data_set_as_a_gni_json_file_labelled_synthetic(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("daily-supply.json");

        BundledSource.writeGniJson(file);

        assertThat(Files.readString(file))
                .isEqualTo(BundledSource.gniJson())
                .startsWith("[\n{\"Date\": \"01/01/2018\"");
        assertThat(Files.readString(dir.resolve("daily-supply.json.NOTE.txt"))).contains(BundledSource.LABEL);
        assertThat(BundledSource.LABEL).contains("synthetic").contains("not real GNI data");
    }

    private List<List<LocalDate>> outages(LocalDate from, LocalDate to) {
        List<List<LocalDate>> runs = new ArrayList<>();
        List<LocalDate> current = new ArrayList<>();
        for (Observation o : corrib(from, to)) {
            if (o.value()
                    < 0.5 * median(values(SeriesId.CORRIB_PRODUCTION, o.ds().minusDays(60), o.ds().plusDays(60)))) {
                if (!current.isEmpty() && ChronoUnit.DAYS.between(current.get(current.size() - 1), o.ds()) > 2) {
                    runs.add(current);
                    current = new ArrayList<>();
                }
                current.add(o.ds());
            }
        }
        if (!current.isEmpty()) {
            runs.add(current);
        }
        return runs;
    }

    private List<Observation> corrib(LocalDate from, LocalDate to) {
        return source.fetch(from, to).observations().stream()
                .filter(o -> o.series() == SeriesId.CORRIB_PRODUCTION)
                .toList();
    }

    private List<Double> values(SeriesId series, LocalDate from, LocalDate to) {
        return source.fetch(from, to).observations().stream()
                .filter(o -> o.series() == series)
                .map(Observation::value)
                .toList();
    }

    private List<Double> values(SeriesId series, LocalDate from, LocalDate to, boolean weekend) {
        return source.fetch(from, to).observations().stream()
                .filter(o -> o.series() == series)
                .filter(o -> (o.ds().getDayOfWeek().getValue() >= 6) == weekend)
                .map(Observation::value)
                .toList();
    }

    private static Map<LocalDate, Map<SeriesId, Double>> byDay(SourceBatch batch) {
        return batch.observations().stream()
                .collect(Collectors.groupingBy(
                        Observation::ds, TreeMap::new, Collectors.toMap(Observation::series, Observation::value)));
    }

    private static double mean(List<Double> values) {
        return values.stream().mapToDouble(Double::doubleValue).average().orElseThrow();
    }

    private static double median(List<Double> values) {
        double[] sorted =
                values.stream().mapToDouble(Double::doubleValue).sorted().toArray();
        return sorted[sorted.length / 2];
    }
}
