package org.fantastictrain.platform.replay.adapter.web;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import org.fantastictrain.platform.replay.application.ReplayService;
import org.fantastictrain.platform.replay.application.port.in.PreparedReplay;
import org.fantastictrain.platform.replay.application.port.in.ReplayCommand;
import org.fantastictrain.platform.replay.application.port.in.ReplayProgress;
import org.fantastictrain.platform.replay.domain.ReplayRefusedException;
import org.fantastictrain.platform.replay.domain.ReplayRun;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code POST /api/v1/replays} (API key) starts a replay in the background and answers 202 with
 * its id; {@code GET /api/v1/replays/{id}} shows its progress and, once finished, its summary.
 * While it runs, this instance's scheduler is on standby and its business clock is virtual.
 */
@RestController
@RequestMapping("/api/v1/replays")
class ReplayController implements DisposableBean {
    private static final Logger log = LoggerFactory.getLogger(ReplayController.class);

    private final ReplayService replays;
    private final ExecutorService worker = Executors.newSingleThreadExecutor(r -> {
        Thread t = new Thread(r, "replay");
        t.setDaemon(true);
        return t;
    });

    ReplayController(ReplayService replays) {
        this.replays = replays;
    }

    record ReplayRequest(String from, String to, String series) {}

    @PostMapping
    ResponseEntity<?> start(@RequestBody(required = false) ReplayRequest request) {
        if (request == null || request.from() == null || request.to() == null) {
            return problem(HttpStatus.BAD_REQUEST, "give \"from\" and \"to\" as yyyy-MM-dd");
        }
        LocalDate from;
        LocalDate to;
        try {
            from = LocalDate.parse(request.from());
            to = LocalDate.parse(request.to());
        } catch (DateTimeParseException e) {
            return problem(HttpStatus.BAD_REQUEST, "dates must be yyyy-MM-dd: " + e.getParsedString());
        }
        PreparedReplay prepared;
        try {
            prepared = replays.prepare(new ReplayCommand(from, to, request.series(), false, Optional.empty()));
        } catch (ReplayRefusedException e) {
            return problem(HttpStatus.CONFLICT, e.getMessage());
        }
        worker.submit(() -> {
            try {
                replays.run(prepared, ReplayProgress.NONE);
            } catch (RuntimeException e) {
                log.warn("replay {} failed: {}", prepared.run().id(), e.toString());
            }
        });
        Map<String, Object> body = view(prepared.run());
        body.put("resumed", prepared.resumed());
        return ResponseEntity.accepted()
                .header("Location", "/api/v1/replays/" + prepared.run().id())
                .body(body);
    }

    @GetMapping("/{id}")
    ResponseEntity<?> one(@PathVariable long id) {
        return replays.replay(id)
                .<ResponseEntity<?>>map(r -> ResponseEntity.ok(view(r)))
                .orElseGet(() -> problem(HttpStatus.NOT_FOUND, "no replay " + id));
    }

    @GetMapping
    List<Map<String, Object>> all(@RequestParam(defaultValue = "20") int limit) {
        return replays.replays(Math.max(1, Math.min(limit, 200))).stream()
                .map(ReplayController::view)
                .toList();
    }

    static Map<String, Object> view(ReplayRun r) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("id", r.id());
        m.put("from", r.from().toString());
        m.put("to", r.to().toString());
        m.put("series", r.series());
        m.put("status", r.status().name());
        m.put("current_day", r.currentDay() == null ? null : r.currentDay().toString());
        m.put("total_days", r.totalDays());
        m.put("counts", ReplayService.counts(r));
        m.put("error", r.error());
        m.put("summary", r.summary());
        m.put("started_at", r.startedAt().toString());
        m.put("finished_at", r.finishedAt() == null ? null : r.finishedAt().toString());
        return m;
    }

    private static ResponseEntity<ProblemDetail> problem(HttpStatus status, String detail) {
        return ResponseEntity.status(status).body(ProblemDetail.forStatusAndDetail(status, detail));
    }

    @Override
    public void destroy() {
        replays.requestStop();
        worker.shutdown();
    }
}
