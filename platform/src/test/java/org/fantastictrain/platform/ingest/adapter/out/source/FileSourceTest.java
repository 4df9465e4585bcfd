package org.fantastictrain.platform.ingest.adapter.out.source;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.groups.Tuple.tuple;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import org.fantastictrain.platform.ingest.domain.Observation;
import org.fantastictrain.platform.ingest.domain.OutOfRangeRows;
import org.fantastictrain.platform.ingest.domain.RejectedRow;
import org.fantastictrain.platform.ingest.domain.SeriesId;
import org.fantastictrain.platform.ingest.domain.SourceBatch;
import org.fantastictrain.platform.ingest.domain.SourceUnavailableException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class FileSourceTest {

    private static final LocalDate FROM = LocalDate.of(2018, 1, 1);
    private static final LocalDate TO = LocalDate.of(2018, 1, 31);

    @TempDir
    Path dir;

    @Test
    void reads_gni_json_with_missing_values_extra_keys_and_any_key_case() throws Exception {
        Path file = write("supply.json", """
                [{"Date": "01/01/2018", "Corrib production": 102.065496, "Moffat": null,
                  "ROI imports via interconnector": "", "Total": 200.528802, "Comment": "ignored"},
                 {"date": "02/01/2018", "CORRIB PRODUCTION": "99.5", "moffat": 101, "Total": 201.7}]
                """);

        SourceBatch batch = new FileSource(file).fetch(FROM, TO);

        assertThat(batch.observations())
                .containsExactly(
                        new Observation(SeriesId.CORRIB_PRODUCTION, FROM, 102.065496),
                        new Observation(SeriesId.TOTAL, FROM, 200.528802),
                        new Observation(SeriesId.CORRIB_PRODUCTION, FROM.plusDays(1), 99.5),
                        new Observation(SeriesId.MOFFAT, FROM.plusDays(1), 101.0),
                        new Observation(SeriesId.TOTAL, FROM.plusDays(1), 201.7));
        assertThat(batch.missingValues()).isEqualTo(3);
        assertThat(batch.rejected()).isEmpty();
    }

    @Test
    void reads_csv_with_gni_header_quoted_fields_and_both_date_formats() throws Exception {
        Path file = write("supply.csv", """
                Date,Corrib production,Moffat,ROI imports via interconnector,Total\r
                01/01/2018,102.065496,,"",200.528802\r
                "2018-01-02","99.5",101,null,"201.7"\r
                """);

        SourceBatch batch = new FileSource(file).fetch(FROM, TO);

        assertThat(batch.observations()).hasSize(5);
        assertThat(batch.observations()).contains(new Observation(SeriesId.MOFFAT, FROM.plusDays(1), 101.0));
        assertThat(batch.missingValues()).isEqualTo(3);
        assertThat(batch.rejected()).isEmpty();
    }

    @Test
    void reads_csv_with_series_ids_as_header_in_any_order() throws Exception {
        Path file = write("supply.txt", """
                total,ds,corrib_production
                200.5,2018-01-01,100.25
                """);

        SourceBatch batch = new FileSource(file).fetch(FROM, TO);

        assertThat(batch.observations())
                .containsExactly(
                        new Observation(SeriesId.CORRIB_PRODUCTION, FROM, 100.25),
                        new Observation(SeriesId.TOTAL, FROM, 200.5));
    }

    @Test
    void bad_csv_rows_are_rejected_with_their_line_and_the_rest_loads() throws Exception {
        Path file = write("supply.csv", """
                Date,Corrib production,Moffat,ROI imports via interconnector,Total
                01/01/2018,100,"a, b",,200
                13/13/2018,100,100,,200
                02/01/2018,-1,100,,200
                """);

        SourceBatch batch = new FileSource(file).fetch(FROM, TO);

        assertThat(batch.rejected())
                .extracting(RejectedRow::position, RejectedRow::reason)
                .containsExactly(
                        tuple("line 2", "not a number: 'a, b' for Moffat"),
                        tuple("line 3", "invalid date '13/13/2018': no such day"),
                        tuple("line 4", "negative value -1 for Corrib production"));
        assertThat(batch.rejected().get(1).raw()).isEqualTo("13/13/2018,100,100,,200");
        assertThat(batch.observations()).hasSize(4);
    }

    @Test
    void rows_outside_the_requested_range_are_rejected() throws Exception {
        Path file = write("supply.json", """
                [{"Date": "31/12/2017", "Corrib production": 1, "Moffat": 2, "ROI imports via interconnector": "", "Total": 3},
                 {"Date": "01/01/2018", "Corrib production": 1, "Moffat": 2, "ROI imports via interconnector": "", "Total": 3}]
                """);

        SourceBatch batch = new FileSource(file).fetch(FROM, TO);

        assertThat(batch.observations()).hasSize(3);
        assertThat(batch.rejected())
                .singleElement()
                .satisfies(r -> assertThat(r.reason())
                        .isEqualTo("date 2017-12-31 outside the requested range 2018-01-01..2018-01-31"));
    }

    @Test
    void last_available_day_is_the_latest_valid_date_in_the_file() throws Exception {
        Path file = write("supply.json", """
                [{"Date": "03/01/2018", "Total": 3}, {"Date": "99/99/2099", "Total": 3}, {"Date": "01/01/2018", "Total": 3}]
                """);

        assertThat(new FileSource(file).lastAvailableDay()).contains(LocalDate.of(2018, 1, 3));
    }

    @Test
    void a_missing_file_is_unavailable() {
        Path missing = dir.resolve("nope.json");
        FileSource source = new FileSource(missing);

        assertThatThrownBy(() -> source.fetch(FROM, TO))
                .isInstanceOf(SourceUnavailableException.class)
                .hasMessage("cannot read file:" + missing + ": no such file");
        assertThat(source.name()).isEqualTo("file:" + missing);
        assertThat(source.lastAvailableDay()).isEmpty();
    }

    @Test
    void malformed_json_is_unavailable_with_a_one_line_reason() throws Exception {
        Path file = write("supply.json", "[{\"Date\": \"01/01/2018\", \"Total\": 3,\n");

        assertThatThrownBy(() -> new FileSource(file).fetch(FROM, TO))
                .isInstanceOf(SourceUnavailableException.class)
                .hasMessageStartingWith("cannot read file:" + file + ": malformed JSON at line")
                .satisfies(e -> assertThat(e.getMessage()).doesNotContain("\n"));
    }

    @Test
    void json_that_is_not_an_array_is_unavailable() throws Exception {
        Path file = write("supply.json", "{\"Date\": \"01/01/2018\"}");

        assertThatThrownBy(() -> new FileSource(file).fetch(FROM, TO))
                .isInstanceOf(SourceUnavailableException.class)
                .hasMessage("cannot read file:" + file + ": expected a JSON array of daily records, found object");
    }

    @Test
    void csv_without_a_recognisable_header_is_unavailable() throws Exception {
        Path file = write("supply.csv", "01/01/2018,1,2,,3\n02/01/2018,1,2,,3\n");

        assertThatThrownBy(() -> new FileSource(file).fetch(FROM, TO))
                .isInstanceOf(SourceUnavailableException.class)
                .hasMessage(
                        "cannot read file:" + file
                                + ": CSV without a recognisable header, expected Date,Corrib production,Moffat,ROI imports via interconnector,Total");
    }

    @Test
    void the_exported_bundled_data_set_reads_back_identical() throws Exception {
        Path file = dir.resolve("bundled.json");
        BundledSource.writeGniJson(file);
        LocalDate from = LocalDate.of(2023, 7, 1);
        LocalDate to = LocalDate.of(2023, 12, 31);

        assertThat(new FileSource(file, OutOfRangeRows.SKIP).fetch(from, to))
                .isEqualTo(new BundledSource().fetch(from, to));
        assertThat(new FileSource(file).fetch(from, to).rejected())
                .isNotEmpty()
                .allSatisfy(r -> assertThat(r.reason()).contains("outside the requested range 2023-07-01..2023-12-31"));
        assertThat(new FileSource(file).lastAvailableDay()).contains(BundledSource.LAST_DAY);
    }

    private Path write(String name, String content) throws Exception {
        return Files.writeString(dir.resolve(name), content);
    }
}
