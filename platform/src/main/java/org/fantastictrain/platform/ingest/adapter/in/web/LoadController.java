package org.fantastictrain.platform.ingest.adapter.in.web;

import java.net.URI;
import java.util.List;
import org.fantastictrain.platform.ingest.application.port.in.GetLoadRunsQuery;
import org.fantastictrain.platform.ingest.application.port.in.LoadDataUseCase;
import org.fantastictrain.platform.ingest.domain.LoadRun;
import org.fantastictrain.platform.system.web.NotFoundException;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code /api/v1/loads}: start a load of a date range, list runs, read one run with its rejected
 * rows. A load that fails is still created (201) and comes back with status FAILED and its error.
 */
@RestController
@RequestMapping("/api/v1/loads")
class LoadController {
    private final LoadDataUseCase loads;
    private final GetLoadRunsQuery runs;

    LoadController(LoadDataUseCase loads, GetLoadRunsQuery runs) {
        this.loads = loads;
        this.runs = runs;
    }

    @PostMapping
    ResponseEntity<LoadRunResponse> create(@RequestBody(required = false) LoadRequest request) {
        if (request == null) {
            throw new IllegalArgumentException("a JSON body {\"from\",\"to\",\"source\"?} is required");
        }
        LoadRun run = loads.load(request.toCommand());
        return ResponseEntity.created(URI.create("/api/v1/loads/" + run.id())).body(LoadRunResponse.of(run));
    }

    @GetMapping
    List<LoadRunResponse> list(@RequestParam(defaultValue = "50") int limit) {
        return runs.latest(limit).stream().map(LoadRunResponse::of).toList();
    }

    @GetMapping("/{id}")
    LoadRunDetailsResponse get(@PathVariable long id) {
        return runs.byId(id)
                .map(LoadRunDetailsResponse::of)
                .orElseThrow(() -> new NotFoundException("no load run with id " + id));
    }
}
