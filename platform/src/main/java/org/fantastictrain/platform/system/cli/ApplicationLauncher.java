package org.fantastictrain.platform.system.cli;

import java.io.PrintStream;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.fantastictrain.platform.FantasticTrainApplication;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.WebApplicationType;
import org.springframework.context.ConfigurableApplicationContext;

/** Starts the Spring application for a CLI command: with the web server, or as a one-shot job. */
public final class ApplicationLauncher {

    private ApplicationLauncher() {}

    private static List<String> asArguments(Map<String, Object> properties) {
        return properties.entrySet().stream()
                .map(e -> "--" + e.getKey() + "=" + e.getValue())
                .toList();
    }

    /** Starts the web server; returns once it is up (the server threads keep the JVM alive). */
    public static ConfigurableApplicationContext serve(String[] springArgs, CliIo io) {
        List<String> args = new ArrayList<>(asArguments(io.properties()));
        args.addAll(List.of(springArgs));
        return new SpringApplication(FantasticTrainApplication.class).run(args.toArray(String[]::new));
    }

    /**
     * Starts the application without web server, scheduler or bootstrap, with every log line on
     * stderr (stdout is reserved for the command's JSON result), runs {@code job} and closes it.
     */
    public static <T> T runJob(CliIo io, Function<ConfigurableApplicationContext, T> job) {
        Map<String, Object> properties = new HashMap<>();
        properties.put("spring.main.banner-mode", "off");
        properties.put("spring.main.log-startup-info", "false");
        properties.put("logging.level.root", "WARN");
        properties.put("logging.level.org.fantastictrain", "INFO");
        properties.put("ft.bootstrap", "false");
        // No scheduler in one-shot runs: the serving instances own the job store.
        properties.put(
                "spring.autoconfigure.exclude",
                "org.springframework.boot.quartz.autoconfigure.QuartzAutoConfiguration");
        properties.putAll(io.properties());
        SpringApplication app = new SpringApplication(FantasticTrainApplication.class);
        app.setWebApplicationType(WebApplicationType.NONE);
        PrintStream stdout = System.out;
        System.setOut(io.err());
        // As arguments, so they win over application.yml (default properties would not).
        try (ConfigurableApplicationContext context =
                app.run(asArguments(properties).toArray(String[]::new))) {
            return job.apply(context);
        } finally {
            System.setOut(stdout);
        }
    }
}
