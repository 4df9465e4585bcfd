package org.fantastictrain.platform.training.adapter.out.persistence;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.fantastictrain.platform.system.persistence.StorageJson;
import org.fantastictrain.platform.training.application.port.out.TrainingRunPort;
import org.fantastictrain.platform.training.domain.CandidateReport;
import org.fantastictrain.platform.training.domain.ChallengerReport;
import org.fantastictrain.platform.training.domain.ChampionReport;
import org.fantastictrain.platform.training.domain.Decision;
import org.fantastictrain.platform.training.domain.FailureKind;
import org.fantastictrain.platform.training.domain.FoldPlan;
import org.fantastictrain.platform.training.domain.RunStatus;
import org.fantastictrain.platform.training.domain.Scores;
import org.fantastictrain.platform.training.domain.TrainingRun;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.stereotype.Component;
import tools.jackson.core.type.TypeReference;

/** Training runs in the {@code training_run} table; reports in {@code jsonb} columns. */
@Component
class JdbcTrainingRunAdapter implements TrainingRunPort {
    private static final TypeReference<List<CandidateReport>> CANDIDATES = new TypeReference<>() {};
    private static final String COLUMNS = "id, series_id, trigger, status, decision, failure_kind, reason, started_at, "
            + "finished_at, data_start, data_end, data_rows, data_fingerprint, metric, folds, candidates, challenger, "
            + "champion, baseline";

    private final JdbcTemplate jdbc;

    JdbcTrainingRunAdapter(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public long start(String series, String trigger, Instant at) {
        Long id = jdbc.queryForObject(
                "insert into training_run (series_id, trigger, status, started_at) values (?, ?, 'RUNNING', ?) returning id",
                Long.class,
                series,
                trigger,
                Timestamp.from(at));
        return id;
    }

    @Override
    public void finish(TrainingRun r) {
        jdbc.update(
                "update training_run set status = ?, decision = ?, failure_kind = ?, reason = ?, finished_at = ?, "
                        + "data_start = ?, data_end = ?, data_rows = ?, data_fingerprint = ?, metric = ?, "
                        + "folds = cast(? as jsonb), candidates = cast(? as jsonb), challenger = cast(? as jsonb), "
                        + "champion = cast(? as jsonb), baseline = cast(? as jsonb), challenger_version = ?, "
                        + "champion_version = ? where id = ?",
                r.status().name(),
                r.decision() == null ? null : r.decision().name(),
                r.failureKind() == null ? null : r.failureKind().name(),
                r.reason(),
                r.finishedAt() == null ? null : Timestamp.from(r.finishedAt()),
                r.dataStart(),
                r.dataEnd(),
                r.rows(),
                r.dataFingerprint(),
                r.metric(),
                StorageJson.write(r.folds()),
                StorageJson.write(r.candidates()),
                StorageJson.write(r.challenger()),
                StorageJson.write(r.champion()),
                StorageJson.write(r.baseline()),
                r.challenger() == null ? null : r.challenger().version(),
                r.champion() == null ? null : r.champion().version(),
                r.id());
    }

    @Override
    public Optional<TrainingRun> find(long id) {
        return jdbc.query("select " + COLUMNS + " from training_run where id = ?", MAPPER, id).stream()
                .findFirst();
    }

    @Override
    public List<TrainingRun> recent(String series, int limit) {
        if (series == null) {
            return jdbc.query("select " + COLUMNS + " from training_run order by id desc limit ?", MAPPER, limit);
        }
        return jdbc.query(
                "select " + COLUMNS + " from training_run where series_id = ? order by id desc limit ?",
                MAPPER,
                series,
                limit);
    }

    private static final RowMapper<TrainingRun> MAPPER = JdbcTrainingRunAdapter::map;

    private static TrainingRun map(ResultSet rs, int row) throws SQLException {
        String decision = rs.getString("decision");
        String failure = rs.getString("failure_kind");
        return new TrainingRun(
                rs.getLong("id"),
                rs.getString("series_id"),
                rs.getString("trigger"),
                RunStatus.valueOf(rs.getString("status")),
                decision == null ? null : Decision.valueOf(decision),
                failure == null ? null : FailureKind.valueOf(failure),
                rs.getString("reason"),
                instant(rs, "started_at"),
                instant(rs, "finished_at"),
                rs.getObject("data_start", LocalDate.class),
                rs.getObject("data_end", LocalDate.class),
                (Integer) rs.getObject("data_rows"),
                rs.getString("data_fingerprint"),
                rs.getString("metric"),
                StorageJson.read(rs.getString("folds"), FoldPlan.class),
                StorageJson.read(rs.getString("candidates"), CANDIDATES),
                StorageJson.read(rs.getString("challenger"), ChallengerReport.class),
                StorageJson.read(rs.getString("champion"), ChampionReport.class),
                StorageJson.read(rs.getString("baseline"), Scores.class));
    }

    private static Instant instant(ResultSet rs, String column) throws SQLException {
        Timestamp t = rs.getTimestamp(column);
        return t == null ? null : t.toInstant();
    }
}
