package org.fantastictrain.platform.ingest.adapter.out.source;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.fantastictrain.platform.ingest.domain.RawSupplyRow;
import org.fantastictrain.platform.ingest.domain.SeriesId;
import org.fantastictrain.platform.ingest.domain.SourceUnavailableException;
import org.junit.jupiter.api.Test;

class GniJsonParserTest {

    @Test
    void reads_numbers_numeric_strings_null_and_empty_values_as_text() {
        List<RawSupplyRow> rows = GniJsonParser.parse("""
                [{"Date": "01/01/2018", "Corrib production": 102.065496, "Moffat": "99.5",
                  "ROI imports via interconnector": "", "Total": null}]
                """, "test");

        assertThat(rows).singleElement().satisfies(row -> {
            assertThat(row.position()).isEqualTo("element 1");
            assertThat(row.date()).isEqualTo("01/01/2018");
            assertThat(row.values().get(SeriesId.CORRIB_PRODUCTION)).isEqualTo("102.065496");
            assertThat(row.values().get(SeriesId.MOFFAT)).isEqualTo("99.5");
            assertThat(row.values().get(SeriesId.ROI_IMPORTS_VIA_INTERCONNECTOR))
                    .isEmpty();
            assertThat(row.values().get(SeriesId.TOTAL)).isNull();
            assertThat(row.raw()).startsWith("{\"Date\":\"01/01/2018\"");
        });
    }

    @Test
    void a_value_that_is_neither_number_nor_string_is_kept_as_text_for_the_validator_to_reject() {
        RawSupplyRow row = GniJsonParser.parse(
                        "[{\"Date\": \"01/01/2018\", \"Moffat\": true, \"Total\": {\"v\": 1}}]", "test")
                .get(0);

        assertThat(row.values().get(SeriesId.MOFFAT)).isEqualTo("true");
        assertThat(row.values().get(SeriesId.TOTAL)).isEqualTo("{\"v\":1}");
    }

    @Test
    void an_element_without_a_date_is_unreadable() {
        RawSupplyRow row = GniJsonParser.parse("[{\"Total\": 1}]", "test").get(0);

        assertThat(row.defect()).isEqualTo("missing Date");
    }

    @Test
    void an_empty_array_is_an_empty_payload_not_an_error() {
        assertThat(GniJsonParser.parse("[]", "test")).isEmpty();
    }

    @Test
    void unreadable_payloads_are_refused_as_a_whole() {
        assertThatThrownBy(() -> GniJsonParser.parse("   ", "test"))
                .isInstanceOf(SourceUnavailableException.class)
                .hasMessage("cannot read test: empty payload");
        assertThatThrownBy(() -> GniJsonParser.parse("[{\"Date\": \"01/01/2018\"}] trailing", "test"))
                .isInstanceOf(SourceUnavailableException.class)
                .hasMessageStartingWith("cannot read test: malformed JSON");
        assertThatThrownBy(() -> GniJsonParser.parse("\"just a string\"", "test"))
                .isInstanceOf(SourceUnavailableException.class)
                .hasMessage("cannot read test: expected a JSON array of daily records, found string");
    }
}
