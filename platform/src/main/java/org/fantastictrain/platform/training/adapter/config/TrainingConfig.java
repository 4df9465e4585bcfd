package org.fantastictrain.platform.training.adapter.config;

import java.time.Clock;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.fantastictrain.platform.registry.application.port.in.ChampionModelQuery;
import org.fantastictrain.platform.registry.application.port.in.RegisterModelUseCase;
import org.fantastictrain.platform.training.application.port.out.ForecasterCatalogPort;
import org.fantastictrain.platform.training.application.port.out.LoadObservationsPort;
import org.fantastictrain.platform.training.application.port.out.SeriesLockPort;
import org.fantastictrain.platform.training.application.port.out.TrainingRunPort;
import org.fantastictrain.platform.training.application.service.TrainingService;
import org.fantastictrain.platform.training.application.service.TrainingSettings;
import org.fantastictrain.platform.training.domain.CandidateSpec;
import org.fantastictrain.platform.training.domain.GatePolicy;
import org.fantastictrain.platform.training.domain.Metric;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Wires the training service (plain Java) to its adapters and settings. */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(TrainingProperties.class)
public class TrainingConfig {

    @Bean
    TrainingSettings trainingSettings(TrainingProperties p, ForecasterCatalogPort catalog) {
        List<CandidateSpec> candidates = candidates(p);
        for (CandidateSpec c : candidates) {
            catalog.forecaster(c); // fail at startup on a misconfigured candidate
        }
        return new TrainingSettings(
                p.getWindowDays(),
                p.getFolds(),
                p.getHorizonDays(),
                p.getPeriodDays(),
                p.getMinTrainingDays(),
                new GatePolicy(Metric.parseGateMetric(p.getMetric()), p.getMinImprovement(), p.getMinUnseenDays()),
                candidates,
                p.getIntervalWidth(),
                p.getParallelism());
    }

    @Bean
    TrainingService trainingService(
            LoadObservationsPort observations,
            TrainingRunPort runs,
            SeriesLockPort locks,
            ForecasterCatalogPort catalog,
            ChampionModelQuery champions,
            RegisterModelUseCase registry,
            TrainingSettings settings,
            Clock clock) {
        return new TrainingService(observations, runs, locks, catalog, champions, registry, settings, clock);
    }

    /** The configured candidates plus every combination of each grid. */
    static List<CandidateSpec> candidates(TrainingProperties p) {
        List<CandidateSpec> out = new ArrayList<>();
        for (TrainingProperties.Candidate c : p.getCandidates()) {
            out.add(new CandidateSpec(c.getAlgorithm(), typed(c.getParameters())));
        }
        p.getGrid().forEach((algorithm, axes) -> {
            List<Map<String, Object>> combos = new ArrayList<>();
            combos.add(new LinkedHashMap<>());
            axes.forEach((name, values) -> {
                List<Map<String, Object>> next = new ArrayList<>();
                for (Map<String, Object> combo : combos) {
                    for (String v : values) {
                        Map<String, Object> m = new LinkedHashMap<>(combo);
                        m.put(name, typed(v));
                        next.add(m);
                    }
                }
                combos.clear();
                combos.addAll(next);
            });
            combos.forEach(m -> out.add(new CandidateSpec(algorithm, m)));
        });
        return out.stream().distinct().toList();
    }

    private static Map<String, Object> typed(Map<String, String> raw) {
        Map<String, Object> m = new LinkedHashMap<>();
        if (raw != null) {
            raw.forEach((k, v) -> m.put(k, typed(v)));
        }
        return m;
    }

    /** Property values are text: numbers and booleans become typed JSON values. */
    private static Object typed(String v) {
        String t = v.trim();
        if (t.equalsIgnoreCase("true") || t.equalsIgnoreCase("false")) {
            return Boolean.parseBoolean(t);
        }
        try {
            return Double.parseDouble(t);
        } catch (NumberFormatException e) {
            return t;
        }
    }
}
