package org.fantastictrain.platform.registry.application.port.in;

import java.time.LocalDate;
import java.util.Map;
import org.fantastictrain.forecast.FittedModel;
import org.fantastictrain.platform.registry.domain.ModelStatus;

/** Registers a trained model as the next version of its series, promoting it or not. */
public interface RegisterModelUseCase {

    /**
     * Registers the version and, when {@code promote}, moves {@code champion} to it, in one
     * transaction. If the champion moved since the gate read it ({@code expectedChampion} differs),
     * the version is registered as rejected instead and the reason says so.
     */
    Registered register(NewModelVersion command);

    /**
     * @param expectedChampion the champion version the gate compared against, null when there was none
     */
    record NewModelVersion(
            String series,
            long trainingRunId,
            FittedModel model,
            Map<String, Object> configuration,
            Map<String, Object> metrics,
            LocalDate trainingStart,
            LocalDate trainingEnd,
            int trainingRows,
            String dataFingerprint,
            boolean promote,
            Integer expectedChampion,
            String reason) {}

    record Registered(int version, ModelStatus status, String reason) {}
}
