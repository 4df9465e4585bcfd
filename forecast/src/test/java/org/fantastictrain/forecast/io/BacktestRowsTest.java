package org.fantastictrain.forecast.io;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.StringWriter;
import java.time.LocalDate;
import java.util.List;
import org.fantastictrain.forecast.eval.BacktestRow;
import org.junit.jupiter.api.Test;

class BacktestRowsTest {

    @Test
    void writes_prophets_cross_validation_columns() throws Exception {
        StringWriter out = new StringWriter();
        BacktestRows.write(
                List.of(new BacktestRow(LocalDate.of(2020, 1, 2), LocalDate.of(2020, 1, 1), 1.5, 1.25, 0.1, 2.0)), out);
        assertThat(out.toString())
                .isEqualTo("ds,cutoff,y,yhat,yhat_lower,yhat_upper\n2020-01-02,2020-01-01,1.5,1.25,0.1,2.0\n");
    }
}
