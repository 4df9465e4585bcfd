package org.fantastictrain.forecast.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.file.Path;
import java.time.LocalDate;
import org.fantastictrain.forecast.TimeSeries;
import org.junit.jupiter.api.Test;

class CsvSeriesReaderTest {

    @Test
    void reads_quoted_and_unquoted_rows_in_any_order_with_blank_values_as_missing() {
        TimeSeries s = CsvSeriesReader.parse("\"ds\",\"y\"\n\"2020-01-03\",3.5\n2020-01-01,\"1\"\n2020-01-02,\n");
        assertThat(s.dates())
                .containsExactly(LocalDate.of(2020, 1, 1), LocalDate.of(2020, 1, 2), LocalDate.of(2020, 1, 3));
        assertThat(s.y(0)).isEqualTo(1.0);
        assertThat(s.y(1)).isNaN();
        assertThat(s.y(2)).isEqualTo(3.5);
    }

    @Test
    void finds_the_columns_by_name_and_accepts_midnight_times() {
        TimeSeries s = CsvSeriesReader.parse("y,extra,ds\r\n2,x,2020-01-01 00:00:00\r\n4,y,2020-01-02\r\n");
        assertThat(s.size()).isEqualTo(2);
        assertThat(s.y(1)).isEqualTo(4.0);
    }

    @Test
    void reads_prophets_example_file() {
        TimeSeries s = CsvSeriesReader.read(Path.of("src/test/resources/data/peyton_manning.csv"));
        assertThat(s.size()).isEqualTo(2905);
        assertThat(s.start()).isEqualTo(LocalDate.of(2007, 12, 10));
        assertThat(s.end()).isEqualTo(LocalDate.of(2016, 1, 20));
    }

    @Test
    void names_the_line_of_each_error() {
        assertThat(assertThrows(
                                IllegalArgumentException.class,
                                () -> CsvSeriesReader.parse("ds,y\n2020-01-01,1\n2020-13-01,2\n"))
                        .getMessage())
                .contains("line 3")
                .contains("ds");
        assertThat(assertThrows(IllegalArgumentException.class, () -> CsvSeriesReader.parse("ds,y\n2020-01-01,abc\n"))
                        .getMessage())
                .contains("line 2")
                .contains("not a number");
        assertThat(assertThrows(
                                IllegalArgumentException.class,
                                () -> CsvSeriesReader.parse("ds,y\n2020-01-01,1\n2020-01-01,2\n"))
                        .getMessage())
                .contains("line 3")
                .contains("duplicate");
        assertThat(assertThrows(
                                IllegalArgumentException.class,
                                () -> CsvSeriesReader.parse("date,value\n2020-01-01,1\n"))
                        .getMessage())
                .contains("line 1");
        assertThat(assertThrows(
                                IllegalArgumentException.class,
                                () -> CsvSeriesReader.parse("ds,y\n2020-01-01,Infinity\n"))
                        .getMessage())
                .contains("line 2")
                .contains("finite");
        assertThat(assertThrows(IllegalArgumentException.class, () -> CsvSeriesReader.parse("ds,y\n2020-01-01\n"))
                        .getMessage())
                .contains("line 2");
        assertThat(assertThrows(IllegalArgumentException.class, () -> CsvSeriesReader.parse("ds,y\n"))
                        .getMessage())
                .contains("no data");
    }
}
