package org.fantastictrain.forecast;

import java.util.List;
import java.util.Locale;
import org.fantastictrain.forecast.auto.AutoForecaster;
import org.fantastictrain.forecast.baseline.NaiveForecaster;
import org.fantastictrain.forecast.baseline.SeasonalNaiveForecaster;
import org.fantastictrain.forecast.ets.EtsForecaster;
import org.fantastictrain.forecast.prophet.ProphetConfig;
import org.fantastictrain.forecast.prophet.ProphetForecaster;

/** The library's forecasters by name, each with its default configuration. */
public final class Forecasters {
    /** The names {@link #byName} accepts. */
    public static final List<String> NAMES = List.of("auto", "prophet", "ets", "snaive", "naive");

    private Forecasters() {}

    /**
     * A forecaster by name: {@code auto} (the automatic default), {@code prophet} (the Prophet-class
     * model with Prophet's defaults plus robust fitting and residual correction), {@code ets}
     * (automatic form, weekly season), {@code snaive} (7 days), {@code naive}.
     *
     * @throws IllegalArgumentException for any other name
     */
    public static Forecaster byName(String name) {
        String n = name == null ? "" : name.trim().toLowerCase(Locale.ROOT);
        return switch (n) {
            case "auto" -> new AutoForecaster();
            case "prophet" ->
                new ProphetForecaster(ProphetConfig.builder()
                        .robust(true)
                        .residualCorrection(true)
                        .build());
            case "ets" -> new EtsForecaster();
            case "snaive" -> new SeasonalNaiveForecaster();
            case "naive" -> new NaiveForecaster();
            default ->
                throw new IllegalArgumentException("unknown model '" + name + "'; known: " + String.join(", ", NAMES));
        };
    }
}
