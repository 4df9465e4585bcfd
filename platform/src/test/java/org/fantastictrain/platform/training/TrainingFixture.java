package org.fantastictrain.platform.training;

import java.sql.Date;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.UUID;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Test data for trainings: a fresh series id per test (so registry caches and version numbers never
 * mix between tests) and a seeded, realistic daily series written to {@code observation}.
 */
public final class TrainingFixture {
    public static final LocalDate START = LocalDate.of(2018, 1, 1);

    private final JdbcTemplate jdbc;

    public TrainingFixture(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** Registers a new series id in {@code series}. */
    public String newSeries() {
        String id = "test_" + UUID.randomUUID().toString().replace("-", "").substring(0, 12);
        jdbc.update("insert into series (id, description) values (?, 'training test series')", id);
        return id;
    }

    /** A declining level with yearly and weekly seasonality and noise, seeded by the day. */
    public static double value(LocalDate day) {
        long t = day.toEpochDay() - START.toEpochDay();
        double yearly = 12 * Math.sin(2 * Math.PI * t / 365.25);
        double weekly = day.getDayOfWeek().getValue() >= 6 ? -6 : 2;
        double noise = new Random(day.toEpochDay() * 31 + 7).nextGaussian() * 2;
        return 100 - 0.01 * t + yearly + weekly + noise;
    }

    /** Writes the fixture values of {@code from..to}, each plus {@code shift}. */
    public void insert(String series, LocalDate from, LocalDate to, double shift) {
        List<Object[]> rows = new ArrayList<>();
        for (LocalDate d = from; !d.isAfter(to); d = d.plusDays(1)) {
            rows.add(new Object[] {series, Date.valueOf(d), value(d) + shift});
        }
        jdbc.batchUpdate("insert into observation (series_id, ds, value) values (?, ?, ?)", rows);
    }

    public long count(String sql, Object... args) {
        Long n = jdbc.queryForObject(sql, Long.class, args);
        return n == null ? 0 : n;
    }
}
