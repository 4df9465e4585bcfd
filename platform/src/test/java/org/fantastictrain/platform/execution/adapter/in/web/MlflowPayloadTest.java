package org.fantastictrain.platform.execution.adapter.in.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import org.fantastictrain.platform.execution.domain.InvalidForecastRequestException;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.json.JsonMapper;

class MlflowPayloadTest {
    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final LocalDate JULY_1 = LocalDate.of(2023, 7, 1);

    @Test
    void records_accept_dates_timestamps_and_epoch_millis() {
        assertThat(MlflowPayload.days(JSON.readTree("""
                {"dataframe_records": [{"ds": "2023-07-01"}, {"ds": "2023-07-01 00:00:00"},
                 {"ds": "2023-07-01T00:00:00.000Z"}, {"ds": 1688169600000}]}"""))).containsExactly(JULY_1, JULY_1, JULY_1, JULY_1);
    }

    @Test
    void instances_are_read_like_records() {
        assertThat(MlflowPayload.days(JSON.readTree("{\"instances\": [{\"ds\": \"2023-07-01\"}]}")))
                .containsExactly(JULY_1);
    }

    @Test
    void split_finds_the_ds_column_among_others() {
        assertThat(MlflowPayload.days(JSON.readTree("""
                {"dataframe_split": {"index": [0], "columns": ["y", "ds"], "data": [[3.5, "2023-07-01"]]}}"""))).containsExactly(JULY_1);
    }

    @Test
    void csv_finds_a_quoted_ds_column_and_skips_blank_lines() {
        assertThat(MlflowPayload.days("\"y\",\"ds\"\r\n1,\"2023-07-01\"\r\n\r\n2,2023-07-02\r\n"))
                .containsExactly(JULY_1, JULY_1.plusDays(1));
    }

    @Test
    void a_bad_ds_names_the_row() {
        assertThatThrownBy(() -> MlflowPayload.days(JSON.readTree("""
                {"dataframe_split": {"columns": ["ds"], "data": [["2023-07-01"], ["July 2nd"]]}}""")))
                .isInstanceOf(InvalidForecastRequestException.class)
                .hasMessage("dataframe_split.data[1]: 'ds' must be a date yyyy-MM-dd, got 'July 2nd'");
        assertThatThrownBy(() -> MlflowPayload.days("ds\n2023-07-01\nnope\n"))
                .hasMessage("CSV line 3: 'ds' must be a date yyyy-MM-dd, got 'nope'");
    }

    @Test
    void a_non_object_body_is_rejected() {
        assertThatThrownBy(() -> MlflowPayload.days(JSON.readTree("[1, 2]")))
                .isInstanceOf(InvalidForecastRequestException.class)
                .hasMessageContaining("dataframe_records");
    }
}
