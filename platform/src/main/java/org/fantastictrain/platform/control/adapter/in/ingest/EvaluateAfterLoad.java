package org.fantastictrain.platform.control.adapter.in.ingest;

import org.fantastictrain.platform.control.application.port.in.RefreshEvaluationsUseCase;
import org.fantastictrain.platform.ingest.application.port.out.LoadListener;
import org.fantastictrain.platform.ingest.domain.LoadRun;

/** After a load, evaluates the logged forecasts of the loaded days (new actuals, revised ones). */
public class EvaluateAfterLoad implements LoadListener {

    private final RefreshEvaluationsUseCase evaluations;

    public EvaluateAfterLoad(RefreshEvaluationsUseCase evaluations) {
        this.evaluations = evaluations;
    }

    @Override
    public void loaded(LoadRun run) {
        evaluations.refresh(run.from(), run.to());
    }
}
