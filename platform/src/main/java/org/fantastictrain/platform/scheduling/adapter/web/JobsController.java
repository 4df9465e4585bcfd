package org.fantastictrain.platform.scheduling.adapter.web;

import java.net.URI;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.fantastictrain.platform.scheduling.application.JobHistory;
import org.fantastictrain.platform.scheduling.application.port.in.JobCatalogQuery;
import org.fantastictrain.platform.scheduling.application.port.in.JobRunQuery;
import org.fantastictrain.platform.scheduling.application.port.in.TriggerJobUseCase;
import org.fantastictrain.platform.scheduling.domain.JobName;
import org.fantastictrain.platform.system.web.NotFoundException;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** The scheduled jobs: what they are, their run history, and running one by hand. */
@RestController
@RequestMapping("/api/v1/jobs")
class JobsController {

    private final JobCatalogQuery catalog;
    private final JobRunQuery history;
    private final TriggerJobUseCase trigger;

    JobsController(JobCatalogQuery catalog, JobRunQuery history, TriggerJobUseCase trigger) {
        this.catalog = catalog;
        this.history = history;
        this.trigger = trigger;
    }

    @GetMapping
    List<JobView> jobs() {
        return catalog.jobs().stream().map(JobView::of).toList();
    }

    @GetMapping("/runs")
    List<JobRunView> runs(
            @RequestParam(name = "job", required = false) String job,
            @RequestParam(name = "limit", defaultValue = "50") int limit) {
        Optional<JobName> name =
                Optional.ofNullable(job).filter(j -> !j.isBlank()).map(JobsController::known);
        if (limit < 1 || limit > JobHistory.MAX_LIMIT) {
            throw new IllegalArgumentException(
                    "limit must be between 1 and " + JobHistory.MAX_LIMIT + ", was " + limit);
        }
        return history.recent(name, limit).stream().map(JobRunView::of).toList();
    }

    @GetMapping("/runs/{id}")
    JobRunView run(@PathVariable("id") long id) {
        return history.find(id)
                .map(JobRunView::of)
                .orElseThrow(() -> new NotFoundException("no job run with id " + id));
    }

    @PostMapping("/{name}/runs")
    ResponseEntity<Map<String, Object>> trigger(@PathVariable("name") String name) {
        JobName job = JobName.fromId(name).orElseThrow(() -> new NotFoundException(unknownJob(name)));
        long id = trigger.trigger(job);
        return ResponseEntity.accepted()
                .location(URI.create("/api/v1/jobs/runs/" + id))
                .body(Map.of("id", id, "job", job.id(), "trigger", "manual", "status", "QUEUED"));
    }

    private static JobName known(String name) {
        return JobName.fromId(name).orElseThrow(() -> new IllegalArgumentException(unknownJob(name)));
    }

    private static String unknownJob(String name) {
        return "unknown job '" + name + "'; the jobs are "
                + String.join(
                        ", ", Arrays.stream(JobName.values()).map(JobName::id).toList());
    }
}
