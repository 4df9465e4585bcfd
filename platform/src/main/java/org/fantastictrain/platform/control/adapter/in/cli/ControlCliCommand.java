package org.fantastictrain.platform.control.adapter.in.cli;

import java.time.Clock;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import org.fantastictrain.platform.control.adapter.in.web.AlarmResponse;
import org.fantastictrain.platform.control.adapter.in.web.CheckResponse;
import org.fantastictrain.platform.control.application.port.in.ControlResult;
import org.fantastictrain.platform.control.application.port.in.RunControlUseCase;
import org.fantastictrain.platform.system.cli.ApplicationLauncher;
import org.fantastictrain.platform.system.cli.CliIo;
import org.fantastictrain.platform.system.cli.IsoDateConverter;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import tools.jackson.databind.json.JsonMapper;

/**
 * {@code control [--as-of D]}: one control run for a business day (default today of the business
 * clock); prints {@code {run_id, as_of, evaluations_written, checks, alarms: {fired, resolved,
 * firing}, delivery}} on stdout. Exit 0 when the run completed, whatever the alarms say.
 */
@Command(
        name = "control",
        mixinStandardHelpOptions = true,
        description = "Compare logged forecasts with actuals, evaluate the criteria and fire or resolve alarms.")
public class ControlCliCommand implements Callable<Integer> {

    @Option(
            names = "--as-of",
            converter = IsoDateConverter.class,
            paramLabel = "D",
            description = "Evaluate as of this day (default: today of the business clock).")
    LocalDate asOf;

    private final CliIo io;

    public ControlCliCommand(CliIo io) {
        this.io = io;
    }

    @Override
    public Integer call() {
        return ApplicationLauncher.runJob(io, context -> {
            LocalDate day = asOf != null ? asOf : LocalDate.now(context.getBean(Clock.class));
            io.err().println("control as of " + day + " ...");
            ControlResult r = context.getBean(RunControlUseCase.class).run(day, "cli");
            Map<String, Object> alarms = new LinkedHashMap<>();
            alarms.put(
                    "fired",
                    r.fired().stream().map(a -> AlarmResponse.of(a, List.of())).toList());
            alarms.put(
                    "resolved",
                    r.resolved().stream()
                            .map(a -> AlarmResponse.of(a, List.of()))
                            .toList());
            alarms.put("firing", r.firing().size());
            Map<String, Object> out = new LinkedHashMap<>();
            out.put("run_id", r.runId());
            out.put("as_of", r.asOf().toString());
            out.put("evaluations_written", r.evaluationsWritten());
            out.put("checks", r.checks().stream().map(CheckResponse::of).toList());
            out.put("alarms", alarms);
            out.put(
                    "delivery",
                    Map.of("sent", r.delivery().sent(), "failed", r.delivery().failed()));
            io.err()
                    .println("control: " + r.checks().size() + " checks, "
                            + r.fired().size() + " fired, " + r.resolved().size() + " resolved, "
                            + r.firing().size() + " firing");
            io.out().println(context.getBean(JsonMapper.class).writeValueAsString(out));
            io.out().flush();
            return 0;
        });
    }
}
