package org.fantastictrain.platform.ingest.application.port.in;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import org.fantastictrain.platform.ingest.domain.LoadKind;
import org.junit.jupiter.api.Test;

class LoadCommandTest {

    @Test
    void the_initial_load_defaults_to_the_seed_range_and_the_bundled_source() {
        LoadCommand command = LoadCommand.initial(null, null, null);

        assertThat(command)
                .isEqualTo(new LoadCommand(
                        LocalDate.of(2018, 1, 1), LocalDate.of(2023, 6, 30), "bundled", LoadKind.INITIAL));
    }

    @Test
    void a_range_must_be_complete_and_ordered() {
        LocalDate d = LocalDate.of(2023, 7, 1);
        assertThatThrownBy(() -> LoadCommand.incremental(null, d, "bundled")).hasMessageContaining("from is required");
        assertThatThrownBy(() -> LoadCommand.incremental(d, null, "bundled")).hasMessageContaining("to is required");
        assertThatThrownBy(() -> LoadCommand.incremental(d.plusDays(1), d, "bundled"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("from 2023-07-02 is after to 2023-07-01");
        assertThat(LoadCommand.incremental(d, d, " file:x.json ").source()).isEqualTo("file:x.json");
    }
}
