package org.fantastictrain.platform.training.adapter.in.web;

import java.net.URI;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.fantastictrain.platform.ingest.domain.SeriesId;
import org.fantastictrain.platform.system.web.NotFoundException;
import org.fantastictrain.platform.system.web.ProblemDetailsAdvice;
import org.fantastictrain.platform.training.application.port.in.TrainSeriesUseCase;
import org.fantastictrain.platform.training.application.port.in.TrainingRunQuery;
import org.fantastictrain.platform.training.application.port.in.UnknownSeriesException;
import org.fantastictrain.platform.training.domain.RunStatus;
import org.fantastictrain.platform.training.domain.TrainingRun;
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

/** Start a training, list and read training runs. */
@RestController
@RequestMapping("/api/v1/trainings")
class TrainingController {
    static final String DEFAULT_SERIES = SeriesId.CORRIB_PRODUCTION.id();

    private final TrainSeriesUseCase training;
    private final TrainingRunQuery query;

    TrainingController(TrainSeriesUseCase training, TrainingRunQuery query) {
        this.training = training;
        this.query = query;
    }

    /**
     * One series: 201 with the run when it completed (promoted or rejected); a problem with the run's
     * id when it failed (409 no data or busy, 422 too little or bad data, 500 otherwise). {@code all}:
     * 200 with every run, failed ones included.
     */
    @PostMapping
    ResponseEntity<?> train(@RequestBody(required = false) TrainingRequest request) {
        String series =
                request == null || request.series() == null || request.series().isBlank()
                        ? DEFAULT_SERIES
                        : request.series().trim();
        if (series.equals("all")) {
            List<String> all =
                    Arrays.stream(SeriesId.values()).map(SeriesId::id).toList();
            List<TrainingRunResponse> runs = training.trainAll(all, "http").stream()
                    .map(TrainingRunResponse::of)
                    .toList();
            return ResponseEntity.ok(Map.of("trainings", runs));
        }
        TrainingRun run;
        try {
            run = training.trainSeries(series, "http");
        } catch (UnknownSeriesException e) {
            throw new NotFoundException(e.getMessage() + "; known series: " + knownSeries() + " or 'all'");
        }
        if (run.status() == RunStatus.FAILED) {
            return ResponseEntity.status(failureStatus(run)).body(failure(run));
        }
        return ResponseEntity.created(URI.create("/api/v1/trainings/" + run.id()))
                .body(TrainingRunResponse.of(run));
    }

    @GetMapping
    List<TrainingRunResponse> runs(
            @RequestParam(required = false) String series, @RequestParam(defaultValue = "50") int limit) {
        return query
                .runs(series == null || series.isBlank() ? null : series, Math.max(1, Math.min(limit, 1000)))
                .stream()
                .map(TrainingRunResponse::of)
                .toList();
    }

    @GetMapping("/{id}")
    TrainingRunResponse run(@PathVariable long id) {
        return query.run(id)
                .map(TrainingRunResponse::of)
                .orElseThrow(() -> new NotFoundException("no training run " + id));
    }

    private static HttpStatus failureStatus(TrainingRun run) {
        return switch (run.failureKind()) {
            case NO_DATA, BUSY -> HttpStatus.CONFLICT;
            case TOO_LITTLE_HISTORY, BAD_DATA -> HttpStatus.UNPROCESSABLE_CONTENT;
            case ERROR -> HttpStatus.INTERNAL_SERVER_ERROR;
        };
    }

    private static ProblemDetail failure(TrainingRun run) {
        ProblemDetail p = ProblemDetailsAdvice.problem(failureStatus(run), "Training failed", run.reason());
        p.setInstance(URI.create("/api/v1/trainings/" + run.id()));
        p.setProperty("training_run_id", run.id());
        p.setProperty("failure_kind", run.failureKind().name());
        p.setProperty("decision", "FAILED");
        return p;
    }

    private static String knownSeries() {
        return String.join(
                ", ", Arrays.stream(SeriesId.values()).map(SeriesId::id).toList());
    }
}
