package org.fantastictrain.platform.control.adapter.config;

import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.net.URI;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.fantastictrain.platform.control.adapter.in.delivery.DeliveryPoller;
import org.fantastictrain.platform.control.adapter.in.ingest.EvaluateAfterLoad;
import org.fantastictrain.platform.control.adapter.in.schedule.ScheduledControl;
import org.fantastictrain.platform.control.adapter.out.delivery.AlertmanagerChannel;
import org.fantastictrain.platform.control.adapter.out.delivery.WebhookChannel;
import org.fantastictrain.platform.control.adapter.out.metrics.ControlMetrics;
import org.fantastictrain.platform.control.adapter.out.persistence.JdbcActuals;
import org.fantastictrain.platform.control.adapter.out.persistence.JdbcAlarmStore;
import org.fantastictrain.platform.control.adapter.out.persistence.JdbcChampionReference;
import org.fantastictrain.platform.control.adapter.out.persistence.JdbcControlRuns;
import org.fantastictrain.platform.control.adapter.out.persistence.JdbcEvaluationStore;
import org.fantastictrain.platform.control.adapter.out.training.TrainingRetrain;
import org.fantastictrain.platform.control.application.AlarmDeliveryService;
import org.fantastictrain.platform.control.application.ControlReportService;
import org.fantastictrain.platform.control.application.ControlService;
import org.fantastictrain.platform.control.application.ControlSettings;
import org.fantastictrain.platform.control.application.port.out.AlarmChannel;
import org.fantastictrain.platform.control.application.port.out.ChampionReferencePort;
import org.fantastictrain.platform.control.application.port.out.ControlRunStore;
import org.fantastictrain.platform.control.application.port.out.EvaluationStore;
import org.fantastictrain.platform.execution.domain.Channel;
import org.fantastictrain.platform.ingest.domain.SeriesId;
import org.fantastictrain.platform.scheduling.domain.JobName;
import org.fantastictrain.platform.training.application.port.in.TrainUseCase;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import tools.jackson.databind.json.JsonMapper;

/** Wires the control service: stores, channels (Alertmanager, webhook), metrics, hooks. */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(ControlProperties.class)
class ControlConfiguration {

    @Bean
    ControlSettings controlSettings(ControlProperties properties) {
        return new ControlSettings(
                properties.policy(),
                Arrays.stream(SeriesId.values()).map(SeriesId::id).toList(),
                properties.getReportBaseUrl(),
                properties.isRetrainOnCritical());
    }

    @Bean
    JdbcEvaluationStore evaluationStore(JdbcTemplate jdbc, Clock clock) {
        return new JdbcEvaluationStore(jdbc, clock.getZone());
    }

    @Bean
    JdbcChampionReference championReference(JdbcTemplate jdbc, JsonMapper json) {
        return new JdbcChampionReference(jdbc, json);
    }

    @Bean
    JdbcControlRuns controlRuns(JdbcTemplate jdbc, JsonMapper json) {
        return new JdbcControlRuns(jdbc, json);
    }

    @Bean
    JdbcAlarmStore alarmStore(JdbcTemplate jdbc, PlatformTransactionManager transactions) {
        return new JdbcAlarmStore(jdbc, new TransactionTemplate(transactions));
    }

    @Bean
    AlarmDeliveryService alarmDeliveryService(JdbcAlarmStore alarms, ControlProperties properties, JsonMapper json) {
        Clock wall = Clock.systemUTC();
        ControlProperties.Delivery d = properties.getDelivery();
        List<AlarmChannel> channels = new ArrayList<>();
        if (!properties.getAlertmanagerUrl().isBlank()) {
            channels.add(new AlertmanagerChannel(
                    URI.create(properties.getAlertmanagerUrl().strip()), json, d.getTimeout(), wall));
        }
        if (!properties.getWebhookUrl().isBlank()) {
            channels.add(
                    new WebhookChannel(URI.create(properties.getWebhookUrl().strip()), json, d.getTimeout()));
        }
        return new AlarmDeliveryService(
                alarms,
                channels,
                new AlarmDeliveryService.Timing(d.getResendInterval(), d.getBackoffBase(), d.getBackoffMax()),
                wall);
    }

    @Bean
    ControlMetrics controlMetrics(ObjectProvider<MeterRegistry> registry, JdbcTemplate jdbc, Clock clock) {
        return new ControlMetrics(
                registry.getIfAvailable(SimpleMeterRegistry::new),
                jdbc,
                clock,
                Arrays.stream(SeriesId.values()).map(SeriesId::id).toList(),
                Arrays.stream(JobName.values()).map(JobName::id).toList(),
                Arrays.stream(Channel.values()).map(Channel::code).toList());
    }

    @Bean
    ControlService controlService(
            ControlSettings settings,
            EvaluationStore evaluations,
            JdbcTemplate jdbc,
            ChampionReferencePort champions,
            ControlRunStore runs,
            JdbcAlarmStore alarms,
            AlarmDeliveryService delivery,
            ObjectProvider<TrainUseCase> training,
            ControlMetrics metrics,
            Clock clock) {
        return new ControlService(
                settings,
                evaluations,
                new JdbcActuals(jdbc),
                champions,
                runs,
                alarms,
                delivery.channelNames(),
                delivery,
                new TrainingRetrain(training),
                metrics,
                clock);
    }

    @Bean
    ControlReportService controlReportService(
            ControlSettings settings,
            EvaluationStore evaluations,
            ChampionReferencePort champions,
            ControlRunStore runs,
            Clock clock) {
        return new ControlReportService(settings, evaluations, champions, runs, clock);
    }

    @Bean
    @ConditionalOnProperty(name = "ft.control.evaluate-after-load", havingValue = "true", matchIfMissing = true)
    EvaluateAfterLoad evaluateAfterLoad(ControlService control) {
        return new EvaluateAfterLoad(control);
    }

    @Bean
    ScheduledControl scheduledControl(ControlService control) {
        return new ScheduledControl(control);
    }

    @Bean
    @ConditionalOnWebApplication
    DeliveryPoller deliveryPoller(AlarmDeliveryService delivery, ControlProperties properties) {
        return new DeliveryPoller(delivery, properties.getDelivery().getPollInterval());
    }
}
