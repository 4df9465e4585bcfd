package org.fantastictrain.platform.ingest.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.groups.Tuple.tuple;
import static org.fantastictrain.platform.ingest.domain.SeriesId.CORRIB_PRODUCTION;
import static org.fantastictrain.platform.ingest.domain.SeriesId.MOFFAT;
import static org.fantastictrain.platform.ingest.domain.SeriesId.ROI_IMPORTS_VIA_INTERCONNECTOR;
import static org.fantastictrain.platform.ingest.domain.SeriesId.TOTAL;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class SupplyRowValidatorTest {

    private static final LocalDate FROM = LocalDate.of(2023, 7, 1);
    private static final LocalDate TO = LocalDate.of(2023, 7, 31);

    private final SupplyRowValidator rejecting = new SupplyRowValidator(OutOfRangeRows.REJECT);

    @Test
    void a_clean_row_gives_one_observation_per_series() {
        SourceBatch batch = rejecting.validate(List.of(row(1, "01/07/2023", "55.1", "102.5", "3", "161.2")), FROM, TO);

        assertThat(batch.observations())
                .containsExactly(
                        new Observation(CORRIB_PRODUCTION, day(1), 55.1),
                        new Observation(MOFFAT, day(1), 102.5),
                        new Observation(ROI_IMPORTS_VIA_INTERCONNECTOR, day(1), 3.0),
                        new Observation(TOTAL, day(1), 161.2));
        assertThat(batch.rejected()).isEmpty();
        assertThat(batch.missingValues()).isZero();
    }

    @Test
    void null_and_blank_values_are_missing_not_zero() {
        SourceBatch batch = rejecting.validate(List.of(row(1, "01/07/2023", "55.1", null, "", " ")), FROM, TO);

        assertThat(batch.observations()).containsExactly(new Observation(CORRIB_PRODUCTION, day(1), 55.1));
        assertThat(batch.missingValues()).isEqualTo(3);
        assertThat(batch.rejected()).isEmpty();
    }

    @Test
    void iso_dates_and_numeric_strings_are_accepted() {
        SourceBatch batch = rejecting.validate(List.of(row(1, "2023-07-02", "  55.5 ", "1e2", "0", "-0")), FROM, TO);

        assertThat(batch.observations()).extracting(Observation::value).containsExactly(55.5, 100.0, 0.0, -0.0);
        assertThat(batch.rejected()).isEmpty();
    }

    @Test
    void a_wrong_date_format_rejects_the_row_and_the_rest_loads() {
        SourceBatch batch = rejecting.validate(
                List.of(
                        row(1, "2023/07/01", "55", "100", "", "157"),
                        row(2, "31/06/2023", "55", "100", "", "157"),
                        row(3, null, "55", "100", "", "157"),
                        row(4, "02/07/2023", "56", "101", "", "159")),
                FROM,
                TO);

        assertThat(batch.observations())
                .hasSize(3)
                .allSatisfy(o -> assertThat(o.ds()).isEqualTo(day(2)));
        assertThat(batch.rejected())
                .extracting(RejectedRow::position, RejectedRow::reason)
                .containsExactly(
                        tuple("element 1", "unreadable date '2023/07/01': expected dd/MM/yyyy or yyyy-MM-dd"),
                        tuple("element 2", "invalid date '31/06/2023': no such day"),
                        tuple("element 3", "missing Date"));
        assertThat(batch.rejected()).allSatisfy(r -> assertThat(r.series()).isNull());
    }

    @Test
    void text_where_a_number_should_be_rejects_that_value_only() {
        SourceBatch batch = rejecting.validate(List.of(row(1, "01/07/2023", "55", "n/a", "", "1,234.5")), FROM, TO);

        assertThat(batch.observations()).containsExactly(new Observation(CORRIB_PRODUCTION, day(1), 55.0));
        assertThat(batch.rejected())
                .extracting(RejectedRow::series, RejectedRow::reason)
                .containsExactly(
                        tuple(MOFFAT, "not a number: 'n/a' for Moffat"),
                        tuple(TOTAL, "not a number: '1,234.5' for Total"));
        assertThat(batch.rejected().get(0).ds()).isEqualTo(day(1));
        assertThat(batch.rejected().get(0).raw()).isEqualTo("raw 1");
        assertThat(batch.missingValues()).isEqualTo(1);
    }

    @Test
    void negative_values_are_rejected() {
        SourceBatch batch = rejecting.validate(List.of(row(1, "01/07/2023", "55", "-3.2", "", "52")), FROM, TO);

        assertThat(batch.rejected()).singleElement().satisfies(r -> {
            assertThat(r.series()).isEqualTo(MOFFAT);
            assertThat(r.reason()).isEqualTo("negative value -3.2 for Moffat");
        });
        assertThat(batch.observations()).extracting(Observation::series).containsExactly(CORRIB_PRODUCTION, TOTAL);
    }

    @Test
    void non_finite_values_are_rejected() {
        SourceBatch batch =
                rejecting.validate(List.of(row(1, "01/07/2023", "NaN", "Infinity", "1e400", "-inf")), FROM, TO);

        assertThat(batch.observations()).isEmpty();
        assertThat(batch.rejected())
                .extracting(RejectedRow::reason)
                .containsExactly(
                        "non-finite value NaN for Corrib production",
                        "non-finite value Infinity for Moffat",
                        "non-finite value 1e400 for ROI imports via interconnector",
                        "non-finite value -inf for Total");
    }

    @Test
    void dates_outside_the_requested_range_are_rejected_or_skipped_as_asked() {
        List<RawSupplyRow> rows = List.of(
                row(1, "30/06/2023", "55", "100", "", "157"),
                row(2, "01/07/2023", "55", "100", "", "157"),
                row(3, "01/08/2023", "55", "100", "", "157"));

        SourceBatch rejected = rejecting.validate(rows, FROM, TO);
        SourceBatch skipped = new SupplyRowValidator(OutOfRangeRows.SKIP).validate(rows, FROM, TO);

        assertThat(rejected.observations()).hasSize(3);
        assertThat(rejected.rejected())
                .extracting(RejectedRow::reason)
                .containsExactly(
                        "date 2023-06-30 outside the requested range 2023-07-01..2023-07-31",
                        "date 2023-08-01 outside the requested range 2023-07-01..2023-07-31");
        assertThat(rejected.missingValues()).isEqualTo(1);
        assertThat(skipped.observations()).isEqualTo(rejected.observations());
        assertThat(skipped.rejected()).isEmpty();
    }

    @Test
    void the_same_day_twice_with_different_values_rejects_every_copy_of_that_value() {
        SourceBatch batch = rejecting.validate(
                List.of(row(1, "01/07/2023", "55", "100", "", "157"), row(2, "2023-07-01", "55", "99.5", "", "157")),
                FROM,
                TO);

        assertThat(batch.observations()).extracting(Observation::series).containsExactly(CORRIB_PRODUCTION, TOTAL);
        assertThat(batch.rejected()).hasSize(2).allSatisfy(r -> {
            assertThat(r.series()).isEqualTo(MOFFAT);
            assertThat(r.reason())
                    .isEqualTo("conflicting values for Moffat on 2023-07-01: 100 (element 1) vs 99.5 (element 2)");
        });
        assertThat(batch.rejected()).extracting(RejectedRow::position).containsExactly("element 1", "element 2");
    }

    @Test
    void exact_duplicates_collapse_to_one() {
        SourceBatch batch = rejecting.validate(
                List.of(row(1, "01/07/2023", "55", "100", "", "157"), row(2, "01/07/2023", "55.0", "100", null, "157")),
                FROM,
                TO);

        assertThat(batch.observations()).hasSize(3);
        assertThat(batch.rejected()).isEmpty();
        assertThat(batch.missingValues()).isEqualTo(1);
    }

    @Test
    void an_unreadable_row_is_rejected_with_its_defect() {
        SourceBatch batch = rejecting.validate(
                List.of(RawSupplyRow.unreadable("element 4", "42", "element is not a JSON object")), FROM, TO);

        assertThat(batch.rejected())
                .containsExactly(new RejectedRow("element 4", null, null, "42", "element is not a JSON object"));
    }

    @Test
    void long_raw_text_is_truncated() {
        String longRaw = "x".repeat(2_000);
        RawSupplyRow row = RawSupplyRow.of("line 2", longRaw, "bad", Map.of());

        RejectedRow rejected =
                rejecting.validate(List.of(row), FROM, TO).rejected().get(0);

        assertThat(rejected.raw()).hasSize(SupplyRowValidator.MAX_RAW_LENGTH).startsWith("xxx");
    }

    @Test
    void from_after_to_is_refused() {
        assertThatThrownBy(() -> rejecting.validate(List.of(), TO, FROM))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("from 2023-07-31 is after to 2023-07-01");
    }

    private static LocalDate day(int dayOfJuly) {
        return LocalDate.of(2023, 7, dayOfJuly);
    }

    private static RawSupplyRow row(int element, String date, String corrib, String moffat, String roi, String total) {
        Map<SeriesId, String> values = new EnumMap<>(SeriesId.class);
        List<String> texts = new ArrayList<>();
        texts.add(corrib);
        texts.add(moffat);
        texts.add(roi);
        texts.add(total);
        for (SeriesId series : SeriesId.values()) {
            values.put(series, texts.get(series.ordinal()));
        }
        return RawSupplyRow.of("element " + element, "raw " + element, date, values);
    }
}
