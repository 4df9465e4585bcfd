package org.fantastictrain.platform.registry.adapter.out.persistence;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.fantastictrain.platform.registry.application.port.out.ModelRegistryPort;
import org.fantastictrain.platform.registry.domain.AliasMove;
import org.fantastictrain.platform.registry.domain.ModelStatus;
import org.fantastictrain.platform.registry.domain.ModelVersion;
import org.fantastictrain.platform.system.persistence.StorageJson;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;
import tools.jackson.core.type.TypeReference;

/**
 * The registry in PostgreSQL. Every write is one transaction that first takes a transaction-level
 * advisory lock on the series, so version numbers and alias moves of a series are serialised.
 */
@Component
class JdbcModelRegistryAdapter implements ModelRegistryPort {
    private static final TypeReference<Map<String, Object>> MAP = new TypeReference<>() {};
    private static final String CHAMPION = "champion";
    private static final String SUMMARY =
            "series_id, version, status, algorithm, configuration, metrics, training_start, "
                    + "training_end, training_rows, data_fingerprint, code_version, artifact_format_version, training_run_id, "
                    + "created_at, promoted_at";

    private final JdbcTemplate jdbc;
    private final TransactionTemplate tx;

    JdbcModelRegistryAdapter(JdbcTemplate jdbc, TransactionTemplate tx) {
        this.jdbc = jdbc;
        this.tx = tx;
    }

    @Override
    public Stored store(
            ModelVersion d, boolean promote, Integer expectedChampion, String movedBy, String reason, Instant at) {
        return tx.execute(status -> {
            lockSeries(d.series());
            Integer next = jdbc.queryForObject(
                    "select coalesce(max(version), 0) + 1 from model_version where series_id = ?",
                    Integer.class,
                    d.series());
            Integer current = aliasVersion(d.series(), CHAMPION).orElse(null);
            boolean promoted = promote && Objects.equals(current, expectedChampion);
            jdbc.update(
                    "insert into model_version (series_id, version, status, algorithm, configuration, metrics, "
                            + "training_start, training_end, training_rows, data_fingerprint, code_version, "
                            + "artifact_format_version, artifact, training_run_id, created_at, promoted_at) "
                            + "values (?, ?, ?, ?, cast(? as jsonb), cast(? as jsonb), ?, ?, ?, ?, ?, ?, cast(? as jsonb), ?, ?, ?)",
                    d.series(),
                    next,
                    (promoted ? ModelStatus.CHAMPION : ModelStatus.REJECTED).name(),
                    d.algorithm(),
                    StorageJson.write(d.configuration()),
                    StorageJson.write(d.metrics()),
                    d.trainingStart(),
                    d.trainingEnd(),
                    d.trainingRows(),
                    d.dataFingerprint(),
                    d.codeVersion(),
                    d.artifactFormatVersion(),
                    d.artifact(),
                    d.trainingRunId(),
                    Timestamp.from(at),
                    promoted ? Timestamp.from(at) : null);
            if (promoted) {
                moveAlias(d.series(), current, next, movedBy, reason, d.trainingRunId(), at);
            }
            return new Stored(next, promoted);
        });
    }

    @Override
    public Optional<AliasMove> moveChampion(String series, int version, String movedBy, String reason, Instant at) {
        return tx.execute(status -> {
            lockSeries(series);
            Integer exists = jdbc.queryForObject(
                    "select count(*) from model_version where series_id = ? and version = ?",
                    Integer.class,
                    series,
                    version);
            if (exists == null || exists == 0) {
                return Optional.<AliasMove>empty();
            }
            Integer current = aliasVersion(series, CHAMPION).orElse(null);
            jdbc.update(
                    "update model_version set promoted_at = ? where series_id = ? and version = ?",
                    Timestamp.from(at),
                    series,
                    version);
            return Optional.of(moveAlias(series, current, version, movedBy, reason, null, at));
        });
    }

    private AliasMove moveAlias(
            String series, Integer from, int to, String movedBy, String reason, Long runId, Instant at) {
        if (from != null && from != to) {
            jdbc.update(
                    "update model_version set status = ? where series_id = ? and version = ?",
                    ModelStatus.PREVIOUS_CHAMPION.name(),
                    series,
                    from);
        }
        jdbc.update(
                "update model_version set status = ? where series_id = ? and version = ?",
                ModelStatus.CHAMPION.name(),
                series,
                to);
        jdbc.update(
                "insert into model_alias (series_id, alias, version, updated_at) values (?, ?, ?, ?) "
                        + "on conflict (series_id, alias) do update set version = excluded.version, updated_at = excluded.updated_at",
                series,
                CHAMPION,
                to,
                Timestamp.from(at));
        Long id = jdbc.queryForObject(
                "insert into model_alias_history (series_id, alias, from_version, to_version, "
                        + "moved_at, moved_by, reason, training_run_id) values (?, ?, ?, ?, ?, ?, ?, ?) returning id",
                Long.class,
                series,
                CHAMPION,
                from,
                to,
                Timestamp.from(at),
                movedBy,
                reason,
                runId);
        return new AliasMove(id, series, CHAMPION, from, to, at, movedBy, reason, runId);
    }

    private void lockSeries(String series) {
        jdbc.query("select pg_advisory_xact_lock(hashtext('ft.registry'), hashtext(?))", rs -> {}, series);
    }

    @Override
    public List<ModelVersion> versions(String series) {
        return jdbc.query(
                "select " + SUMMARY + ", null as artifact from model_version where series_id = ? "
                        + "order by version desc",
                VERSION,
                series);
    }

    @Override
    public Optional<ModelVersion> version(String series, int version) {
        return jdbc
                .query(
                        "select " + SUMMARY + ", artifact::text as artifact from model_version "
                                + "where series_id = ? and version = ?",
                        VERSION,
                        series,
                        version)
                .stream()
                .findFirst();
    }

    @Override
    public Optional<Integer> aliasVersion(String series, String alias) {
        return jdbc
                .queryForList(
                        "select version from model_alias where series_id = ? and alias = ?",
                        Integer.class,
                        series,
                        alias)
                .stream()
                .findFirst();
    }

    @Override
    public List<AliasMove> aliasHistory(String series) {
        return jdbc.query(
                "select id, series_id, alias, from_version, to_version, moved_at, moved_by, reason, "
                        + "training_run_id from model_alias_history where series_id = ? order by id desc",
                MOVE,
                series);
    }

    private static final RowMapper<ModelVersion> VERSION = (rs, i) -> new ModelVersion(
            rs.getString("series_id"),
            rs.getInt("version"),
            ModelStatus.valueOf(rs.getString("status")),
            rs.getString("algorithm"),
            StorageJson.read(rs.getString("configuration"), MAP),
            StorageJson.read(rs.getString("metrics"), MAP),
            rs.getObject("training_start", LocalDate.class),
            rs.getObject("training_end", LocalDate.class),
            rs.getInt("training_rows"),
            rs.getString("data_fingerprint"),
            rs.getString("code_version"),
            (Integer) rs.getObject("artifact_format_version"),
            rs.getString("artifact"),
            (Long) rs.getObject("training_run_id"),
            instant(rs, "created_at"),
            instant(rs, "promoted_at"));

    private static final RowMapper<AliasMove> MOVE = (rs, i) -> new AliasMove(
            rs.getLong("id"),
            rs.getString("series_id"),
            rs.getString("alias"),
            (Integer) rs.getObject("from_version"),
            rs.getInt("to_version"),
            instant(rs, "moved_at"),
            rs.getString("moved_by"),
            rs.getString("reason"),
            (Long) rs.getObject("training_run_id"));

    private static Instant instant(ResultSet rs, String column) throws SQLException {
        Timestamp t = rs.getTimestamp(column);
        return t == null ? null : t.toInstant();
    }
}
