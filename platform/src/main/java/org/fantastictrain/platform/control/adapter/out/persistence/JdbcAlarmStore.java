package org.fantastictrain.platform.control.adapter.out.persistence;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.fantastictrain.platform.control.application.port.in.AlarmWithDeliveries;
import org.fantastictrain.platform.control.application.port.out.AlarmStore;
import org.fantastictrain.platform.control.domain.Alarm;
import org.fantastictrain.platform.control.domain.AlarmState;
import org.fantastictrain.platform.control.domain.Criterion;
import org.fantastictrain.platform.control.domain.Severity;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.support.TransactionTemplate;

/** {@code alarm} and {@code alarm_delivery}. */
public class JdbcAlarmStore implements AlarmStore {
    /** Serialises alarm transitions of concurrent control runs (CLI next to the daily job). */
    private static final long LOCK = 0x66742d616c61726dL;

    private static final String COLUMNS =
            "a.id, a.series_id, a.criterion, a.severity, a.state, a.model_version, a.window_days,"
                    + " a.observed, a.threshold, a.summary, a.description, a.report_url, a.first_seen_at, a.last_seen_at,"
                    + " a.resolved_at, a.first_seen_as_of, a.last_seen_as_of";

    private final JdbcTemplate jdbc;
    private final TransactionTemplate tx;

    public JdbcAlarmStore(JdbcTemplate jdbc, TransactionTemplate tx) {
        this.jdbc = jdbc;
        this.tx = tx;
    }

    @Override
    public List<Alarm> firing(String series) {
        return jdbc.query(
                "SELECT " + COLUMNS + " FROM alarm a WHERE a.series_id = ? AND a.state = 'firing' ORDER BY a.id",
                JdbcAlarmStore::alarm,
                series);
    }

    @Override
    public List<Alarm> apply(
            List<Alarm> fired, List<Alarm> seen, List<Alarm> resolved, List<String> channels, Instant now) {
        return tx.execute(status -> {
            jdbc.query("SELECT pg_advisory_xact_lock(?)", rs -> null, LOCK);
            List<Alarm> inserted = new ArrayList<>();
            for (Alarm a : resolved) {
                jdbc.update(
                        "UPDATE alarm SET state = 'resolved', resolved_at = ? WHERE id = ? AND state = 'firing'",
                        Timestamp.from(a.resolvedAt()),
                        a.id());
                owe(a.id(), channels, now);
            }
            for (Alarm a : seen) {
                jdbc.update(
                        """
                        UPDATE alarm SET last_seen_at = ?, last_seen_as_of = ?, observed = ?, threshold = ?, window_days = ?,
                            description = ?
                        WHERE id = ? AND state = 'firing'
                        """,
                        Timestamp.from(a.lastSeenAt()),
                        a.lastSeenAsOf(),
                        a.observed(),
                        a.threshold(),
                        a.windowDays(),
                        a.description(),
                        a.id());
            }
            for (Alarm a : fired) {
                // A concurrent run may have fired the same alarm: then this one is seen again, not new.
                Long id = jdbc.query(
                        """
                        INSERT INTO alarm (series_id, criterion, severity, state, model_version, window_days, observed, threshold,
                            summary, description, report_url, first_seen_at, last_seen_at, first_seen_as_of, last_seen_as_of)
                        VALUES (?, ?, ?, 'firing', ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
                        ON CONFLICT (series_id, criterion, severity) WHERE state = 'firing' DO NOTHING
                        RETURNING id
                        """,
                        rs -> rs.next() ? rs.getLong(1) : null,
                        a.series(),
                        a.criterion().id(),
                        a.severity().label(),
                        a.modelVersion(),
                        a.windowDays(),
                        a.observed(),
                        a.threshold(),
                        a.summary(),
                        a.description(),
                        a.reportUrl(),
                        Timestamp.from(a.firstSeenAt()),
                        Timestamp.from(a.lastSeenAt()),
                        a.firstSeenAsOf(),
                        a.lastSeenAsOf());
                if (id != null) {
                    owe(id, channels, now);
                    inserted.add(new Alarm(
                            id,
                            a.series(),
                            a.criterion(),
                            a.severity(),
                            a.state(),
                            a.modelVersion(),
                            a.windowDays(),
                            a.observed(),
                            a.threshold(),
                            a.summary(),
                            a.description(),
                            a.reportUrl(),
                            a.firstSeenAt(),
                            a.lastSeenAt(),
                            a.resolvedAt(),
                            a.firstSeenAsOf(),
                            a.lastSeenAsOf()));
                }
            }
            return inserted;
        });
    }

    /** The alarm's new state is owed to every channel, now (a pending back-off is cut short). */
    private void owe(long alarmId, List<String> channels, Instant now) {
        for (String channel : channels) {
            jdbc.update("""
                    INSERT INTO alarm_delivery (alarm_id, channel, pending, attempts, next_attempt_at)
                    VALUES (?, ?, true, 0, ?)
                    ON CONFLICT (alarm_id, channel) DO UPDATE SET pending = true, attempts = 0, next_attempt_at = EXCLUDED.next_attempt_at
                    """, alarmId, channel, Timestamp.from(now));
        }
    }

    @Override
    public List<AlarmWithDeliveries> find(Optional<AlarmState> state, Optional<String> series) {
        List<Object> args = new ArrayList<>();
        StringBuilder sql = new StringBuilder("SELECT " + COLUMNS + " FROM alarm a WHERE true");
        state.ifPresent(s -> {
            sql.append(" AND a.state = ?");
            args.add(s.id());
        });
        series.ifPresent(s -> {
            sql.append(" AND a.series_id = ?");
            args.add(s);
        });
        sql.append(" ORDER BY a.id DESC");
        List<Alarm> alarms = jdbc.query(sql.toString(), JdbcAlarmStore::alarm, args.toArray());
        Map<Long, List<AlarmWithDeliveries.Delivery>> deliveries = new LinkedHashMap<>();
        if (!alarms.isEmpty()) {
            Long[] ids = alarms.stream().map(Alarm::id).toArray(Long[]::new);
            jdbc.query(
                    con -> {
                        var ps = con.prepareStatement("""
                        SELECT alarm_id, channel, pending, attempts, next_attempt_at, last_attempt_at, delivered_at,
                               delivered_state, last_error
                        FROM alarm_delivery WHERE alarm_id = ANY (?) ORDER BY alarm_id, channel
                        """);
                        ps.setArray(1, con.createArrayOf("bigint", ids));
                        return ps;
                    },
                    rs -> {
                        deliveries
                                .computeIfAbsent(rs.getLong(1), k -> new ArrayList<>())
                                .add(new AlarmWithDeliveries.Delivery(
                                        rs.getString(2),
                                        rs.getBoolean(3),
                                        rs.getInt(4),
                                        instant(rs, 5),
                                        instant(rs, 6),
                                        instant(rs, 7),
                                        rs.getString(8),
                                        rs.getString(9)));
                    });
        }
        return alarms.stream()
                .map(a -> new AlarmWithDeliveries(a, deliveries.getOrDefault(a.id(), List.of())))
                .toList();
    }

    @Override
    public List<Alarm> due(String channel, Instant now, Optional<Duration> resendFiringAfter) {
        String resend = resendFiringAfter.isPresent()
                ? " OR (NOT d.pending AND a.state = 'firing' AND d.last_attempt_at <= ?)"
                : "";
        List<Object> args = new ArrayList<>(List.of(channel, Timestamp.from(now)));
        resendFiringAfter.ifPresent(after -> args.add(Timestamp.from(now.minus(after))));
        return jdbc.query(
                "SELECT " + COLUMNS + " FROM alarm a JOIN alarm_delivery d ON d.alarm_id = a.id"
                        + " WHERE d.channel = ? AND ((d.pending AND d.next_attempt_at <= ?)" + resend
                        + ") ORDER BY a.id",
                JdbcAlarmStore::alarm,
                args.toArray());
    }

    @Override
    public void delivered(String channel, List<Alarm> alarms, Instant now) {
        for (Alarm a : alarms) {
            jdbc.update("""
                    UPDATE alarm_delivery SET pending = false, attempts = attempts + 1, last_attempt_at = ?, delivered_at = ?,
                        delivered_state = ?, last_error = NULL
                    WHERE alarm_id = ? AND channel = ?
                    """, Timestamp.from(now), Timestamp.from(now), a.state().id(), a.id(), channel);
        }
    }

    @Override
    public void failed(String channel, List<Alarm> alarms, String error, Instant now, Duration base, Duration max) {
        for (Alarm a : alarms) {
            jdbc.update(
                    """
                    UPDATE alarm_delivery SET pending = true, attempts = attempts + 1, last_attempt_at = ?, last_error = ?,
                        next_attempt_at = ?::timestamptz + make_interval(secs => least(?::float8, ?::float8 * power(2, least(attempts, 30))))
                    WHERE alarm_id = ? AND channel = ?
                    """,
                    Timestamp.from(now),
                    error,
                    Timestamp.from(now),
                    max.toMillis() / 1000.0,
                    base.toMillis() / 1000.0,
                    a.id(),
                    channel);
        }
    }

    private static Alarm alarm(ResultSet rs, int i) throws SQLException {
        return new Alarm(
                rs.getLong(1),
                rs.getString(2),
                Criterion.fromId(rs.getString(3)),
                Severity.fromLabel(rs.getString(4)),
                AlarmState.fromId(rs.getString(5)),
                rs.getObject(6, Integer.class),
                rs.getObject(7, Integer.class),
                rs.getObject(8, Double.class),
                rs.getObject(9, Double.class),
                rs.getString(10),
                rs.getString(11),
                rs.getString(12),
                instant(rs, 13),
                instant(rs, 14),
                instant(rs, 15),
                rs.getObject(16, LocalDate.class),
                rs.getObject(17, LocalDate.class));
    }

    private static Instant instant(ResultSet rs, int column) throws SQLException {
        Timestamp t = rs.getTimestamp(column);
        return t == null ? null : t.toInstant();
    }
}
